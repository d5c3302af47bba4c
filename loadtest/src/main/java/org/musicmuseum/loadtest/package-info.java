/**
 * {@code ./museum bench} and its measurements; the JMeter plan lives in {@code src/test/jmeter}.
 */
package org.musicmuseum.loadtest;
