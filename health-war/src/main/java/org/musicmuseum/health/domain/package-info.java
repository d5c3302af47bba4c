/**
 * The status model: each watched service's state, the state machine that applies check results, and
 * the records it serves and keeps as JSON.
 */
package org.musicmuseum.health.domain;
