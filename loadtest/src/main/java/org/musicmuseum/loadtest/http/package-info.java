/**
 * HTTP load: closed-loop and scheduled senders over raw keep-alive connections, and their
 * latencies.
 */
package org.musicmuseum.loadtest.http;
