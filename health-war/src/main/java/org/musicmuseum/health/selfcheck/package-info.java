/**
 * The health service's own MicroProfile Health checks (what the other services keep in {@code
 * health}): its poll schedule and how current its status is.
 */
package org.musicmuseum.health.selfcheck;
