/**
 * The statistics and what they are counted from: storage's rows and pages as they arrive in JSON,
 * the running counts, and the answer of {@code GET /stats}.
 */
package org.musicmuseum.processing.domain;
