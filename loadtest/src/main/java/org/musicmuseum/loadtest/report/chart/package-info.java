/**
 * SVG charts of a benchmark run (throughput, freshness, RSS over time), written next to
 * results.json: fixed size, white background, sans-serif text, no scripts and no external
 * references, so that they show in a GitHub Markdown page. Written with the JDK's {@code
 * XMLStreamWriter}, which escapes every text and attribute.
 */
package org.musicmuseum.loadtest.report.chart;
