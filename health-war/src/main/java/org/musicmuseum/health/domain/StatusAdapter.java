package org.musicmuseum.health.domain;

import jakarta.json.bind.adapter.JsonbAdapter;

/** Writes a {@link Status} as its label ({@code Running}); an unknown label reads as Unknown. */
public class StatusAdapter implements JsonbAdapter<Status, String> {

  @Override
  public String adaptToJson(Status status) {
    return status.label();
  }

  @Override
  public Status adaptFromJson(String label) {
    return Status.fromLabel(label).orElse(Status.UNKNOWN);
  }
}
