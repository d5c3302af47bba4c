/** The browser dashboard's JAX-RS application; the page itself is static files of the WAR. */
package org.musicmuseum.dashboard;
