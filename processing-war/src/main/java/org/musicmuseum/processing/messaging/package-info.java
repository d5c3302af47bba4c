/** The statistics published to the updates topic, for the dashboards. */
package org.musicmuseum.processing.messaging;
