/** The records the receiver answers a batch with as JSON: the outcome of each record and of all. */
package org.musicmuseum.receiver.domain;
