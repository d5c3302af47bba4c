/** The benchmark's results, as JSON and as a Markdown table. */
package org.musicmuseum.loadtest.report;
