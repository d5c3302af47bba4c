package org.musicmuseum.audit.rest;

import jakarta.ws.rs.ext.Provider;
import org.musicmuseum.events.http.UnexpectedErrorMapperBase;

/** A bug in the audit: logged, answered as a 500 problem. */
@Provider
public class UnexpectedErrorMapper extends UnexpectedErrorMapperBase {}
