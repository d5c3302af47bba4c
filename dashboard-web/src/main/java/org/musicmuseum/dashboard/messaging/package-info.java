/** The updates topic, read through MicroProfile Reactive Messaging. */
package org.musicmuseum.dashboard.messaging;
