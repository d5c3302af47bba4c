/** Processing's settings, read from MicroProfile Config. */
package org.musicmuseum.processing.config;
