package io.incidentbot.redaction;

/**
 * Password hashes by their crypt format: WordPress phpass ({@code $P$…}, {@code $H$…}), WordPress
 * 6.8 bcrypt ({@code $wp$2y$…}), bcrypt ({@code $2y$10$…}), Argon2 ({@code $argon2id$v=19$…}) and
 * SHA/MD5 crypt ({@code $6$salt$hash}, {@code $5$}, {@code $1$}, {@code $apr1$}).
 */
final class PasswordHashDetector implements Detector {

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int covered = 0;
    for (int p : scan.hits("$")) {
      if (p < covered || p > 0 && Chars.isAlnum(t.charAt(p - 1))) {
        continue;
      }
      int end = match(t, p);
      if (end > p) {
        scan.add(Kind.PASSWORD_HASH, p, end);
        covered = end;
      }
    }
  }

  static int match(String t, int p) {
    int s = t.startsWith("$wp$", p) ? p + 3 : p;
    if (t.startsWith("$P$", s) || t.startsWith("$H$", s)) {
      return exactRun(t, s + 3, 31);
    }
    if (t.startsWith("$2", s) && s + 7 < t.length()) {
      char v = t.charAt(s + 2);
      int c = v == '$' ? s + 2 : s + 3;
      if ((v == '$' || v == 'a' || v == 'b' || v == 'x' || v == 'y') && t.charAt(c) == '$'
          && Chars.isDigit(at(t, c + 1)) && Chars.isDigit(at(t, c + 2)) && at(t, c + 3) == '$') {
        return exactRun(t, c + 4, 53);
      }
      return -1;
    }
    if (t.startsWith("$argon2", s)) {
      int e = s + 7;
      int limit = Math.min(t.length(), s + 400);
      int dollars = 0;
      while (e < limit && (Chars.isBase64(t.charAt(e)) || t.charAt(e) == '$' || t.charAt(e) == ','
          || t.charAt(e) == '=')) {
        dollars += t.charAt(e) == '$' ? 1 : 0;
        e++;
      }
      return dollars >= 4 && e - s >= 40 ? e : -1;
    }
    int idLen;
    if (t.startsWith("$1$", s) || t.startsWith("$5$", s) || t.startsWith("$6$", s)) {
      idLen = 3;
    } else if (t.startsWith("$apr1$", s)) {
      idLen = 6;
    } else {
      return -1;
    }
    int e = s + idLen;
    if (t.startsWith("rounds=", e)) {
      int d = Chars.indexOf(t, '$', e, e + 21);
      if (d < 0 || d - e > 20) {
        return -1;
      }
      e = d + 1;
    }
    int saltEnd = cryptRun(t, e, 16);
    if (saltEnd == e || at(t, saltEnd) != '$') {
      return -1;
    }
    int hashEnd = cryptRun(t, saltEnd + 1, 86);
    int len = hashEnd - saltEnd - 1;
    return len >= 22 && !Chars.isAlnum(at(t, hashEnd)) ? hashEnd : -1;
  }

  /** Exactly {@code len} crypt chars; a sentence-ending dot right after them is not part of it. */
  private static int exactRun(String t, int from, int len) {
    int e = cryptRun(t, from, len + 2);
    if (e - from == len) {
      return e;
    }
    if (e - from == len + 1 && t.charAt(from + len) == '.') {
      return from + len;
    }
    return -1;
  }

  /** Run of crypt base64 chars ({@code ./0-9A-Za-z}) of at most {@code max} chars. */
  private static int cryptRun(String t, int from, int max) {
    int e = from;
    int limit = Math.min(t.length(), from + max);
    while (e < limit && (Chars.isAlnum(t.charAt(e)) || t.charAt(e) == '.' || t.charAt(e) == '/')) {
      e++;
    }
    return e;
  }

  private static char at(String t, int i) {
    return i < t.length() ? t.charAt(i) : '\0';
  }
}
