/** Checking one service's readiness over HTTP, and classifying the answer. */
package org.musicmuseum.health.probe;
