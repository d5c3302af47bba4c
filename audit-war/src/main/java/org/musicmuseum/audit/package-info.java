/**
 * The audit's JAX-RS application, with its OpenAPI description and the responses its lookups share.
 */
package org.musicmuseum.audit;
