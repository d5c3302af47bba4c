/** Calls to the other services: storage's row of a trace id, processing's run that counted it. */
package org.musicmuseum.audit.client;
