package org.musicmuseum.dashboard.rest;

import jakarta.ws.rs.ext.Provider;
import org.musicmuseum.events.http.UnexpectedErrorMapperBase;

/** A bug or a bad setting in the dashboard: logged, answered as a 500 problem. */
@Provider
public class UnexpectedErrorMapper extends UnexpectedErrorMapperBase {}
