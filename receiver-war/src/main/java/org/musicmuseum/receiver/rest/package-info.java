/**
 * The receiver's HTTP endpoints: events posted one at a time or as a batch, bodies read within
 * their limits, and errors as problem+json.
 */
package org.musicmuseum.receiver.rest;
