package io.incidentbot.redaction;

/**
 * Credentials in HTTP authentication: {@code Authorization: Bearer …} / {@code Token …} / raw
 * values ({@code bearer_token}), {@code Authorization: Basic …} ({@code basic_auth}), API-key
 * headers ({@code x-api-key}, {@code api-key}, {@code x-goog-api-key}, {@code X-Auth-Token}…),
 * a bare {@code Bearer <token>} in prose, and {@code curl -u user:password} (the password part).
 */
final class AuthHeaderDetector implements Detector {

  private static final String[] API_KEY_HEADERS = {
      "x-api-key", "api-key", "x-auth-token", "x-access-token", "x-goog-api-key", "private-token",
      "x-shopify-access-token", "x-wc-webhook-secret", "x-api-token", "x-secret-key"};

  @Override
  public void detect(Scan scan) {
    String lower = scan.lower();
    for (int p : scan.hits("authorization")) {
      authorization(scan, p + 13);
    }
    for (int p : scan.hits("bearer")) {
      if (p > 0 && Chars.isLetter(scan.at(p - 1))) {
        continue;
      }
      int i = p + 6;
      if (scan.at(i) != ' ' && scan.at(i) != '\t') {
        continue;
      }
      int s = skipBlanks(scan, i);
      int e = tokenEnd(scan, s);
      if (e - s >= 16 && Values.looksLikeSecret(scan.text.substring(s, e))) {
        scan.add(Kind.BEARER_TOKEN, s, e);
      }
    }
    for (int p : scan.hits("basic ")) { // "auth=basic dXNlcjpwYXNz": a Basic credential outside a header
      if (p > 0 && Chars.isLetter(scan.at(p - 1))) {
        continue;
      }
      int s = p + 6;
      int e = tokenEnd(scan, s);
      if (e - s >= 8 && decodesToUserColonPassword(scan.text.substring(s, e))) {
        scan.add(Kind.BASIC_AUTH, s, e);
      }
    }
    for (String h : API_KEY_HEADERS) {
      for (int p : scan.hits(h)) {
        if (p > 0 && (Chars.isAlnum(scan.at(p - 1)) || scan.at(p - 1) == '-' || scan.at(p - 1) == '_')) {
          continue;
        }
        int s = afterSeparator(scan, p + h.length(), false);
        if (s < 0) {
          continue;
        }
        int e = tokenEnd(scan, s);
        String v = scan.text.substring(s, e);
        if (e - s >= 12 && hasDigit(v) && !Values.isPlaceholder(v)) {
          scan.add(Kind.BEARER_TOKEN, s, e);
        }
      }
    }
    curlUser(scan, lower);
  }

  private static void authorization(Scan scan, int i) {
    int s = afterSeparator(scan, i, true);
    if (s < 0) {
      return;
    }
    String lower = scan.lower();
    int w = s;
    while (w < scan.length && w - s < 16 && (Chars.isLetter(scan.at(w)) || scan.at(w) == '-')) {
      w++;
    }
    String scheme = lower.substring(s, w);
    Kind kind = Kind.BEARER_TOKEN;
    int tokenStart = s;
    if ((scan.at(w) == ' ' || scan.at(w) == '\t') && w > s) {
      if (scheme.equals("basic")) {
        kind = Kind.BASIC_AUTH;
      } else if (scheme.equals("digest") || scheme.equals("negotiate") || scheme.equals("ntlm")) {
        return; // challenge-response: nothing reusable
      }
      tokenStart = skipBlanks(scan, w);
    }
    int e = tokenEnd(scan, tokenStart);
    if (e - tokenStart < 8) {
      return;
    }
    String token = scan.text.substring(tokenStart, e);
    if (Values.isPlaceholder(token) || Values.isReference(token)) {
      return;
    }
    scan.add(kind, tokenStart, e);
  }

  /** After a header name: optional closing quote, then {@code :}, {@code =}, {@code =>} or {@code ,}. */
  private static int afterSeparator(Scan scan, int i, boolean allowComma) {
    int guard = 0;
    while ((Chars.isQuote(scan.at(i)) || scan.at(i) == ' ' || scan.at(i) == ']' || scan.at(i) == '\\')
        && guard++ < 4) {
      i++;
    }
    char c = scan.at(i);
    if (c == '\t') { // phpinfo / TSV: "HTTP_AUTHORIZATION<TAB>Basic …"
      i++;
    } else if (c == ':' || c == '=' || (allowComma && c == ',')) {
      i++;
      if (scan.at(i) == '>') {
        i++;
      }
    } else {
      return -1;
    }
    guard = 0;
    while ((Chars.isQuote(scan.at(i)) || Chars.isSpace(scan.at(i)) || scan.at(i) == '\\') && guard++ < 6) {
      i++;
    }
    return i < scan.length ? i : -1;
  }

  /** Whether {@code v} is base64 of printable "user:password". */
  static boolean decodesToUserColonPassword(String v) {
    try {
      byte[] raw = java.util.Base64.getDecoder().decode(v);
      boolean colon = false;
      for (byte b : raw) {
        if (b < 0x20 || b > 0x7e) {
          return false;
        }
        colon |= b == ':';
      }
      return colon && raw.length >= 3;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean hasDigit(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (Chars.isDigit(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int skipBlanks(Scan scan, int i) {
    int guard = 0;
    while (Chars.isSpace(scan.at(i)) && guard++ < 8) {
      i++;
    }
    return i;
  }

  /** Credential chars: base64/base64url, JWT dots, {@code ~}, {@code :} (key:secret pairs). */
  static int tokenEnd(Scan scan, int s) {
    int e = s;
    int limit = Math.min(scan.length, s + 8192);
    while (e < limit) {
      char c = scan.text.charAt(e);
      if (Chars.isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '+' || c == '/'
          || c == '=' || c == ':') {
        e++;
      } else {
        break;
      }
    }
    while (e > s && (scan.at(e - 1) == '.' || scan.at(e - 1) == ':')) {
      e--;
    }
    return e;
  }

  /** {@code curl -u user:password}, {@code --user user:password}: the password part. */
  private static void curlUser(Scan scan, String lower) {
    for (String flag : new String[] {" -u ", " -u'", " -u\"", "--user ", "--user="}) {
      for (int p : scan.hits(flag)) {
        int i = p + flag.length();
        if (flag.endsWith("'") || flag.endsWith("\"")) {
          i--;
        }
        int[] value = KeywordSecretDetector.valueAfter(scan, i, "");
        if (value == null) {
          continue;
        }
        int colon = value[0];
        while (colon < value[1] && scan.text.charAt(colon) != ':') {
          colon++;
        }
        if (colon >= value[1] - 1) {
          continue;
        }
        String password = scan.text.substring(colon + 1, value[1]);
        if (Values.looksLikePassword(password, true)) {
          scan.add(Kind.PASSWORD, colon + 1, value[1]);
        }
      }
    }
  }
}
