/**
 * The benchmark ({@code ./museum bench}): its own stack, its phases, and the measurement of each
 * figure.
 */
package org.musicmuseum.loadtest.bench;
