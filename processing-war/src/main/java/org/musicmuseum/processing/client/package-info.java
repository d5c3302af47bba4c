/** Reading stored events from the storage service over HTTP. */
package org.musicmuseum.processing.client;
