/** The health service's own metrics beyond its checks: the consumer lag gauges. */
package org.musicmuseum.health.metrics;
