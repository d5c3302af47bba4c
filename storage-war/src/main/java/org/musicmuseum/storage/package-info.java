/** The storage service's JAX-RS application. */
package org.musicmuseum.storage;
