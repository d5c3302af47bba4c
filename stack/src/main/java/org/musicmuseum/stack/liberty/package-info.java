/**
 * One Open Liberty server per service: its instance files, {@code bin/server}, and its readiness
 * probe.
 */
package org.musicmuseum.stack.liberty;
