/** Processing's MicroProfile Health checks: the run schedule and how recent the statistics are. */
package org.musicmuseum.processing.health;
