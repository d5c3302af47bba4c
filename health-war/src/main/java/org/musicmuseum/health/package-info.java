/** The health service's JAX-RS application. */
package org.musicmuseum.health;
