/** One presenter per panel: what it shows and how it refreshes off the FX thread. */
package org.musicmuseum.console.panel;
