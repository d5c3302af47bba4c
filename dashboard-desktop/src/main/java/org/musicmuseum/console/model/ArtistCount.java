package org.musicmuseum.console.model;

/**
 * An artist and how many events (albums plus singles) it has.
 *
 * @param artistName the artist
 * @param events albums plus singles
 */
public record ArtistCount(String artistName, long events) {}
