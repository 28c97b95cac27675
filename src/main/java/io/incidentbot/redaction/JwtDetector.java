package io.incidentbot.redaction;

/**
 * JSON Web Tokens: {@code eyJ…}{@code .eyJ…}{@code .signature} (base64url segments; the header and
 * the payload are JSON objects, so both start with {@code eyJ}). A token broken over lines is
 * followed onto the next line while a segment is incomplete.
 */
final class JwtDetector implements Detector {

  private static final int MAX_SEGMENT = 16_384;

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int covered = 0;
    for (int p : scan.hits("eyj")) {
      if (p < covered || !t.startsWith("eyJ", p) || p > 0 && Chars.isTokenChar(t.charAt(p - 1))) {
        continue;
      }
      int end = match(scan, p);
      if (end > p) {
        scan.add(Kind.JWT, p, end);
        covered = end;
      }
    }
  }

  /** End of the token starting at {@code p}, or -1. */
  private static int match(Scan scan, int p) {
    String t = scan.text;
    int e = toDot(t, segment(t, p));
    if (scan.at(e) != '.' || e - p < 10) {
      return -1;
    }
    int payload = e + 1;
    if (!t.startsWith("eyJ", payload)) {
      int k = Chars.continuation(t, payload);
      if (k < 0 || !t.startsWith("eyJ", k)) {
        return -1;
      }
      payload = k; // "header.\npayload"
    }
    e = toDot(t, segment(t, payload));
    if (scan.at(e) != '.' || e - payload < 10) {
      return -1;
    }
    int sig = e + 1;
    int end = segment(t, sig);
    int sigLen = end - sig;
    // a signature shorter than any real one that ends at a line break: follow it
    for (int lines = 0; lines < 3 && sigLen < 43; lines++) {
      int k = Chars.continuation(t, end);
      if (k < 0) {
        break;
      }
      int f = segment(t, k);
      if (f == k || !ProviderKeyDetector.fragmentLooksRandom(t, k, f)) {
        break;
      }
      sigLen += f - k;
      end = f;
    }
    return end;
  }

  /** Follows a segment broken over lines until its closing dot (at most three lines). */
  private static int toDot(String t, int e) {
    for (int lines = 0; lines < 3; lines++) {
      if (e < t.length() && t.charAt(e) == '.') {
        return e;
      }
      int k = Chars.continuation(t, e);
      if (k < 0) {
        return e;
      }
      if (t.charAt(k) == '.') {
        return k; // broken right before the dot
      }
      int f = segment(t, k);
      if (f == k || (f < t.length() && t.charAt(f) != '.' && Chars.continuation(t, f) < 0)) {
        return e;
      }
      e = f;
    }
    return e;
  }

  private static int segment(String t, int from) {
    int e = from;
    int limit = Math.min(t.length(), from + MAX_SEGMENT);
    while (e < limit && Chars.isTokenChar(t.charAt(e))) {
      e++;
    }
    return e;
  }

}
