/** The benchmark's results, as JSON and as a Markdown table, and the summary of several runs. */
package org.musicmuseum.loadtest.report;
