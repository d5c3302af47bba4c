/**
 * What every integration and system test needs: HTTP calls, a started stack with JDBC and topic
 * access, a raw producer, a stub HTTP server and a mutable clock.
 */
package org.musicmuseum.testkit;
