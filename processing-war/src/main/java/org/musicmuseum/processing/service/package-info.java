/** The scheduled statistics runs, and how they went. */
package org.musicmuseum.processing.service;
