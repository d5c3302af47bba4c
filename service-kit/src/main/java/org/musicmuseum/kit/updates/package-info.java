/**
 * The live updates the dashboards show: what processing and health publish to the updates topic
 * through MicroProfile Reactive Messaging, and the configuration default of that topic.
 */
package org.musicmuseum.kit.updates;
