/**
 * Debian's Chromium, headless, for the browser system tests and the benchmark's page freshness.
 * Selenium is an optional dependency of the kit: a module that uses this package declares it.
 */
package org.musicmuseum.testkit.browser;
