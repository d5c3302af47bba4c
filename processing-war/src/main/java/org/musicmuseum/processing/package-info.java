/** The processing service's JAX-RS application. */
package org.musicmuseum.processing;
