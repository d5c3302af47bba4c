/**
 * The local stack for the run command, the integration tests and the benchmark: the service table,
 * the ports, where files live, and {@link org.musicmuseum.stack.LocalStack}.
 */
package org.musicmuseum.stack;
