/** The JavaFX operator console: its entry point, the application, and the wiring of its parts. */
package org.musicmuseum.console;
