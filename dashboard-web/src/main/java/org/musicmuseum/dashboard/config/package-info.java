/**
 * The dashboard's settings, and the page configuration made of them that {@code GET /api/config}
 * answers.
 */
package org.musicmuseum.dashboard.config;
