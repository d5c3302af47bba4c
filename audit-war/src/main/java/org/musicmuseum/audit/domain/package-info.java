/**
 * The records the audit answers with as JSON: an event of the log with its position, and the counts
 * per type.
 */
package org.musicmuseum.audit.domain;
