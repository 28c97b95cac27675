package io.incidentbot.redaction;

import java.util.Objects;

/**
 * Text that has passed the redactor, and what it removed. Only {@link Redactor#safe(String)} makes
 * one, so anything that takes a {@code RedactedText} cannot be handed text the redactor never saw.
 */
public final class RedactedText {
  private final String text;
  private final String removed;

  RedactedText(String text, String removed) {
    this.text = Objects.requireNonNull(text);
    this.removed = Objects.requireNonNull(removed);
  }

  public String text() {
    return text;
  }

  /** {@code "nothing removed"} or {@code "2 removed: email, openai_key"}. */
  public String removed() {
    return removed;
  }

  @Override
  public String toString() {
    return text;
  }
}
