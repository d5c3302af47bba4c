package org.musicmuseum.processing.rest;

import jakarta.ws.rs.ext.Provider;
import org.musicmuseum.events.http.ProblemMapperBase;

/** Every JAX-RS error of processing as {@code application/problem+json}. */
@Provider
public class ProblemMapper extends ProblemMapperBase {}
