/** What every service's application metrics share: tag names and values, timing. */
package org.musicmuseum.kit.metrics;
