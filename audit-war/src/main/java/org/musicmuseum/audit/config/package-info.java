/** The audit's settings, read from MicroProfile Config. */
package org.musicmuseum.audit.config;
