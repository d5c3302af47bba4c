/** The poll rounds, the status file and the push stream. */
package org.musicmuseum.health.service;
