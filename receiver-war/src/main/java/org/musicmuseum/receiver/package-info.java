/**
 * The receiver's JAX-RS application, with its OpenAPI description and the responses its endpoints
 * share.
 */
package org.musicmuseum.receiver;
