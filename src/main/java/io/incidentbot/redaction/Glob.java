package io.incidentbot.redaction;

/** Minimal case-sensitive glob: {@code *} matches any run of chars, everything else is literal. */
final class Glob {
  private Glob() {}

  /** Iterative matcher with single backtrack point: O(pattern × value) worst case, no recursion. */
  static boolean matches(String pattern, String value) {
    int p = 0;
    int v = 0;
    int star = -1;
    int mark = 0;
    while (v < value.length()) {
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        mark = v;
      } else if (p < pattern.length() && pattern.charAt(p) == value.charAt(v)) {
        p++;
        v++;
      } else if (star >= 0) {
        p = star + 1;
        v = ++mark;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
