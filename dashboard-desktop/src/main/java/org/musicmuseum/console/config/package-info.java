/** The console's settings: from arguments, the environment, saved preferences and defaults. */
package org.musicmuseum.console.config;
