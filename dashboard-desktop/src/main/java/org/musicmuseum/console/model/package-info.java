/** The values the console shows, as read from the services' answers. */
package org.musicmuseum.console.model;
