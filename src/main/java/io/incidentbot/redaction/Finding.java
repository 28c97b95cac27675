package io.incidentbot.redaction;

import java.util.Objects;

/**
 * One redacted span: {@code [start, end)} in the ORIGINAL text, and the kind of data found there.
 *
 * @param kind  a built-in kind from {@link Redactor#kinds()} or the kind of a configured extra pattern
 * @param start inclusive start offset (UTF-16 index into the original text)
 * @param end   exclusive end offset
 */
public record Finding(String kind, int start, int end) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Length of the span in chars. */
  public int length() {
    return end - start;
  }
}
