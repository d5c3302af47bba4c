/** The records the receiver answers with as JSON: an accepted event, and the outcome of a batch. */
package org.musicmuseum.receiver.domain;
