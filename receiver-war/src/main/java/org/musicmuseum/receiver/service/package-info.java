/**
 * Turning a client's JSON into validated events and publishing them, one at a time or as a batch.
 */
package org.musicmuseum.receiver.service;
