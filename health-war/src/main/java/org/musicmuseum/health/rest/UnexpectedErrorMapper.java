package org.musicmuseum.health.rest;

import jakarta.ws.rs.ext.Provider;
import org.musicmuseum.events.http.UnexpectedErrorMapperBase;

/** A bug in the health service: logged, answered as a 500 problem. */
@Provider
public class UnexpectedErrorMapper extends UnexpectedErrorMapperBase {}
