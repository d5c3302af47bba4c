/** The dashboard's HTTP endpoint {@code GET /api/config}, and errors as problem+json. */
package org.musicmuseum.dashboard.rest;
