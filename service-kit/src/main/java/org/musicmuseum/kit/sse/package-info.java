/** Server-sent events to every connected client. */
package org.musicmuseum.kit.sse;
