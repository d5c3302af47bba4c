/** The audit's HTTP endpoints: the N-th album or single, the counts, and errors as problem+json. */
package org.musicmuseum.audit.rest;
