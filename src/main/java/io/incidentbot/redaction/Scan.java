package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.List;

/** Per-call scanning state: the text, a lazily built ASCII-lower-cased copy, and the candidates. */
final class Scan {

  /** A span some detector claims. */
  record Candidate(String kind, int start, int end, int specificity) {}

  final String text;
  final int length;
  private String lower;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  Scan(String text) {
    this.text = text;
    this.length = text.length();
  }

  /**
   * The text with ASCII letters lower-cased and every other char unchanged, so indexes match the
   * original exactly (unlike {@link String#toLowerCase}, which may change the length).
   */
  String lower() {
    if (lower == null) {
      char[] chars = new char[length];
      text.getChars(0, length, chars, 0);
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (c >= 'A' && c <= 'Z') {
          chars[i] = (char) (c | 0x20);
        }
      }
      lower = new String(chars);
    }
    return lower;
  }

  char at(int i) {
    return i >= 0 && i < length ? text.charAt(i) : '\0';
  }

  void add(Kind kind, int start, int end) {
    add(kind.id, start, end, kind.specificity);
  }

  void add(String kind, int start, int end, int specificity) {
    if (start >= 0 && end > start && end <= length) {
      candidates.add(new Candidate(kind, start, end, specificity));
    }
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  List<Candidate> candidates() {
    return candidates;
  }

  List<String> warnings() {
    return warnings;
  }
}
