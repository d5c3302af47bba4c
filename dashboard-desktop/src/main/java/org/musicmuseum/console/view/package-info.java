/** The JavaFX views of the window and its panels. */
package org.musicmuseum.console.view;
