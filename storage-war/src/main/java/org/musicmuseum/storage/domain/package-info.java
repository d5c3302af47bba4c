/**
 * Storage's values and rules, free of the container: the rows and pages its API answers with, time
 * ranges, and the sorting of polled records into events and quarantine.
 */
package org.musicmuseum.storage.domain;
