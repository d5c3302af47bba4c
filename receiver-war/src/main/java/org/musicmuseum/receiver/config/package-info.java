/** The receiver's settings, read from MicroProfile Config. */
package org.musicmuseum.receiver.config;
