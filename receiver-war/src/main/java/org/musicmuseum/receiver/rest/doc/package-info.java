/** Records that describe the request bodies for OpenAPI only; the receiver never binds them. */
package org.musicmuseum.receiver.rest.doc;
