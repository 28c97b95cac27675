package io.incidentbot.redaction;

/** Small, allocation-free character helpers shared by the detectors (ASCII rules on purpose). */
final class Chars {
  private Chars() {}

  /** An immutable set from a literal list that may repeat entries. */
  static java.util.Set<String> setOf(String... values) {
    return java.util.Set.copyOf(java.util.Arrays.asList(values));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isLetter(char c) {
    return isUpper(c) || isLower(c);
  }

  static boolean isAlnum(char c) {
    return isLetter(c) || isDigit(c);
  }

  /** Letters, digits and underscore. */
  static boolean isWord(char c) {
    return isAlnum(c) || c == '_';
  }

  static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isLowerHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f');
  }

  static boolean isBase64(char c) {
    return isAlnum(c) || c == '+' || c == '/' || c == '=';
  }

  /** Characters of URL-safe tokens: letters, digits, {@code _} and {@code -}. */
  static boolean isTokenChar(char c) {
    return isAlnum(c) || c == '_' || c == '-';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b' || c == '\u00a0';
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  /** Start of the line holding {@code i}, scanning back at most {@code max} chars. */
  static int lineStart(String t, int i, int max) {
    int stop = Math.max(0, i - max);
    int j = Math.min(i, t.length());
    while (j > stop && t.charAt(j - 1) != '\n' && t.charAt(j - 1) != '\r') {
      j--;
    }
    return j;
  }

  /** End (exclusive, before the line break) of the line holding {@code i}, at most {@code max} ahead. */
  static int lineEnd(String t, int i, int max) {
    int stop = (int) Math.min(t.length(), (long) i + max);
    int j = i;
    while (j < stop && t.charAt(j) != '\n' && t.charAt(j) != '\r') {
      j++;
    }
    return j;
  }

  /**
   * If {@code i} is at the end of a line (optionally after trailing blanks), returns where the next
   * line's text starts, skipping indentation and e-mail quote markers ({@code >}); else -1. Used to
   * follow a key or card number that a mail client or a screenshot broke over two lines.
   */
  static int continuation(String t, int i) {
    int n = t.length();
    int j = i;
    int guard = 0;
    while (j < n && isSpace(t.charAt(j)) && guard++ < 8) {
      j++;
    }
    if (j < n && t.charAt(j) == '\r') {
      j++;
    }
    if (j >= n || t.charAt(j) != '\n') {
      return -1;
    }
    j++;
    guard = 0;
    while (j < n && (isSpace(t.charAt(j)) || t.charAt(j) == '>') && guard++ < 16) {
      j++;
    }
    return j < n && !isLineBreak(t.charAt(j)) ? j : -1;
  }

  /**
   * The mirror of {@link #continuation}: if {@code i} is where a line's text starts (after
   * indentation and quote markers), returns the end of the previous line's text; else -1.
   */
  static int continuationBack(String t, int i) {
    int j = i;
    int guard = 0;
    while (j > 0 && (isSpace(t.charAt(j - 1)) || t.charAt(j - 1) == '>') && guard++ < 16) {
      j--;
    }
    if (j == 0 || t.charAt(j - 1) != '\n') {
      return -1;
    }
    j--;
    if (j > 0 && t.charAt(j - 1) == '\r') {
      j--;
    }
    guard = 0;
    while (j > 0 && isSpace(t.charAt(j - 1)) && guard++ < 8) {
      j--;
    }
    return j > 0 ? j : -1;
  }

  /** Shannon entropy in bits per char of {@code s[from, to)} (ASCII; others share one bucket). */
  static double entropy(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0) {
      return 0;
    }
    int[] counts = new int[129];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      counts[c < 128 ? c : 128]++;
    }
    double h = 0;
    for (int c : counts) {
      if (c > 0) {
        double p = (double) c / len;
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(2);
  }

  /** Luhn checksum over the digits in {@code digits[0, n)}. */
  static boolean luhn(int[] digits, int n) {
    int sum = 0;
    boolean dbl = false;
    for (int i = n - 1; i >= 0; i--) {
      int d = digits[i];
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  /** True when every char of {@code s[from, to)} is {@code c}. */
  static boolean allSame(CharSequence s, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (s.charAt(i) != s.charAt(from)) {
        return false;
      }
    }
    return true;
  }

  /** First index of {@code c} in {@code s[from, to)}, or -1 (never looks past {@code to}). */
  static int indexOf(String s, char c, int from, int to) {
    for (int i = Math.max(0, from), e = Math.min(s.length(), to); i < e; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** First index of {@code needle} inside {@code s[from, to)}, or -1 (never looks past {@code to}). */
  static int indexOf(String s, String needle, int from, int to) {
    char first = needle.charAt(0);
    for (int i = Math.max(0, from), last = Math.min(s.length(), to) - needle.length(); i <= last; i++) {
      if (s.charAt(i) == first && s.regionMatches(i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the lower-case {@code needle} occurs inside {@code lower[from, to)}. Bounded by the
   * window (never scans past {@code to}), so callers keep linear time.
   */
  static boolean containsWithin(String lower, int from, int to, String needle) {
    from = Math.max(0, from);
    to = Math.min(lower.length(), to);
    char first = needle.charAt(0);
    for (int i = from, last = to - needle.length(); i <= last; i++) {
      if (lower.charAt(i) == first && lower.regionMatches(i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }
}
