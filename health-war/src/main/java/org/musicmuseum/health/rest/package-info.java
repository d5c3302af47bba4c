/**
 * The health service's HTTP endpoints: {@code GET /status}, the push stream {@code GET /events},
 * and errors as problem+json.
 */
package org.musicmuseum.health.rest;
