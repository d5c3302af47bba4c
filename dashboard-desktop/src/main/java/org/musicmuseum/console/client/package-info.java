/** The console's HTTP reads of the services, and the checked reading of their JSON answers. */
package org.musicmuseum.console.client;
