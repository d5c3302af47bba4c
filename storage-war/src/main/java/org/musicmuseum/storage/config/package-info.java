/** Storage's settings, read from MicroProfile Config. */
package org.musicmuseum.storage.config;
