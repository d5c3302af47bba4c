package org.musicmuseum.processing.rest;

import jakarta.ws.rs.ext.Provider;
import org.musicmuseum.events.http.UnexpectedErrorMapperBase;

/** A bug in processing: logged, answered as a 500 problem. */
@Provider
public class UnexpectedErrorMapper extends UnexpectedErrorMapperBase {}
