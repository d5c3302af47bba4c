/** Storage's HTTP endpoints: stored events by time range, and errors as problem+json. */
package org.musicmuseum.storage.rest;
