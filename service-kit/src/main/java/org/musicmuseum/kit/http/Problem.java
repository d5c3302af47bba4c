package org.musicmuseum.kit.http;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.musicmuseum.events.Violation;

/**
 * An RFC 9457 problem document; {@code violations} lists every field that was refused.
 *
 * @param type a URI naming the kind of problem
 * @param title a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time
 * @param violations the refused fields, empty when the problem is not about fields
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "violations"})
public record Problem(
    String type, String title, int status, String detail, List<Violation> violations) {

  public Problem {
    violations = List.copyOf(violations);
  }
}
