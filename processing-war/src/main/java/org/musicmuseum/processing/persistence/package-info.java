/** The state file that keeps the statistics and their cursors across restarts. */
package org.musicmuseum.processing.persistence;
