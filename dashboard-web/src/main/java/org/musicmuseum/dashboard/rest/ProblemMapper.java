package org.musicmuseum.dashboard.rest;

import jakarta.ws.rs.ext.Provider;
import org.musicmuseum.events.http.ProblemMapperBase;

/** Every JAX-RS error of the dashboard API as {@code application/problem+json}. */
@Provider
public class ProblemMapper extends ProblemMapperBase {}
