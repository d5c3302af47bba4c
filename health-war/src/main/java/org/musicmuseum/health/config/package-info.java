/** The health service's settings, read from MicroProfile Config and checked once at startup. */
package org.musicmuseum.health.config;
