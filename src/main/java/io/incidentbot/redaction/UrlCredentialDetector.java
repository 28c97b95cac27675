package io.incidentbot.redaction;

/**
 * Passwords in URLs: {@code https://user:pass@host}, {@code mysql://root:pw@db:3306},
 * {@code redis://:pw@cache}, and a bare token as the user part ({@code https://ghp_…@github.com}).
 * Only the password (or token) is redacted: the scheme, user and host stay readable. The last
 * {@code @} before the path separates credentials from the host, so passwords containing {@code @}
 * are covered.
 */
final class UrlCredentialDetector implements Detector {

  private static final int MAX_AUTHORITY = 512;

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    for (int p : scan.hits("://")) {
      int s = p + 3;
      int e = s;
      int limit = Math.min(n, s + MAX_AUTHORITY);
      int lastAt = -1;
      while (e < limit) {
        char c = t.charAt(e);
        if (c == '/' || Chars.isWhitespace(c) || c == '"' || c == '\''
            || c == '<' || c == '>' || c == ')' || c == ']' || c == '}' || c == ',' || c == '`') {
          break; // '?' and '#' may sit in a pasted, unencoded password: the last '@' decides
        }
        if (c == '@') {
          lastAt = e;
        }
        e++;
      }
      if (lastAt <= s || lastAt + 1 >= e) {
        continue;
      }
      int q = s;
      while (q < lastAt && t.charAt(q) != '?' && t.charAt(q) != '#') {
        q++;
      }
      if (q < lastAt && Chars.indexOf(t, ':', s, lastAt) > q) {
        continue; // "https://host?next=a@b": the '@' is in the query, no credentials
      }
      int colon = s;
      while (colon < lastAt && t.charAt(colon) != ':') {
        colon++;
      }
      if (colon < lastAt) {
        int ps = colon + 1;
        if (ps < lastAt) {
          String pw = t.substring(ps, lastAt);
          if (!Values.isPlaceholder(pw) && !Values.isReference(pw)) {
            scan.add(Kind.URL_PASSWORD, ps, lastAt);
          }
        }
      } else {
        String user = t.substring(s, lastAt);
        if (Values.looksLikeSecret(user)) {
          scan.add(Kind.URL_PASSWORD, s, lastAt);
        }
      }
    }
  }
}
