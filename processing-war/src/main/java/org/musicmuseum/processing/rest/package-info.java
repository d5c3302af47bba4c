/** Processing's HTTP endpoint {@code GET /stats}, and errors as problem+json. */
package org.musicmuseum.processing.rest;
