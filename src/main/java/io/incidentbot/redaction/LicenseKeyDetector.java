package io.incidentbot.redaction;

/**
 * Licence keys, purchase codes and WordPress application passwords:
 * <ul>
 *   <li>an Envato-style purchase code (a UUID) within 60 chars after "purchase code" or "envato";
 *       other UUIDs (request ids) stay;</li>
 *   <li>a key within 40 chars after "license key", "licence key", "serial key", "activation key",
 *       "product key" in prose ("my license key is …");</li>
 *   <li>grouped keys without a label: four or more dash-separated groups of 4–6 upper-case letters
 *       and digits, all groups the same length, digits and letters both present
 *       ({@code 7F3K-9QX2-M4LD-2ZP8});</li>
 *   <li>WordPress application passwords: six space-separated groups of four letters and digits with
 *       mixed case and a digit, or after "application password" ({@code password} kind).</li>
 * </ul>
 */
final class LicenseKeyDetector implements Detector {

  private static final String[] PURCHASE_CUES = {"purchase code", "purchase-code", "purchase_code",
      "purchasecode", "envato", "item purchase", "purchase key"};

  private static final String[] LICENSE_CUES = {"license key", "licence key", "license code",
      "licence code", "serial key", "serial number", "activation key", "activation code", "product key",
      "license:", "licence:", "license is", "licence is", "license_key", "licence_key"};

  @Override
  public void detect(Scan scan) {
    String lower = scan.lower();
    for (String cue : PURCHASE_CUES) {
      for (int p : scan.hits(cue)) {
        int end = Math.min(Chars.lineEnd(scan.text, p, 160), p + cue.length() + 100);
        for (int i = p + cue.length(); i + 36 <= end; i++) {
          if (Chars.isHex(scan.at(i)) && !Chars.isAlnum(scan.at(i - 1)) && uuid(scan.text, i)) {
            scan.add(Kind.PURCHASE_CODE, i, i + 36);
            break;
          }
        }
      }
    }
    for (String cue : LICENSE_CUES) {
      for (int p : scan.hits(cue)) {
        licenseAfter(scan, p + cue.length());
      }
    }
    grouped(scan);
  }

  static boolean uuid(String t, int s) {
    if (s + 36 > t.length()) {
      return false;
    }
    for (int k = 0; k < 36; k++) {
      char c = t.charAt(s + k);
      boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
      if (dash ? c != '-' : !Chars.isHex(c)) {
        return false;
      }
    }
    return s + 36 == t.length() || !Chars.isAlnum(t.charAt(s + 36));
  }

  private static void licenseAfter(Scan scan, int from) {
    String t = scan.text;
    int end = Math.min(Chars.lineEnd(t, from, 80), from + 40);
    int i = from;
    // skip "is", ":", "=", quotes and blanks, "for X is" is too loose: stop at other words
    while (i < end) {
      char c = t.charAt(i);
      if (c == ':' || c == '=' || Chars.isSpace(c) || Chars.isQuote(c) || c == '>' || c == '#') {
        i++;
      } else if (scan.lower().startsWith("is ", i) || scan.lower().startsWith("was ", i)) {
        i += scan.lower().startsWith("is ", i) ? 3 : 4;
      } else {
        break;
      }
    }
    int s = i;
    while (i < scan.length && i - s < 128 && (Chars.isTokenChar(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    while (i > s && t.charAt(i - 1) == '.') {
      i--;
    }
    if (i - s >= 12 && KeywordSecretDetector.looksLikeLicense(t.substring(s, i))) {
      scan.add(Kind.LICENSE_KEY, s, i);
    }
  }

  /** Dash-grouped licence keys and space-grouped application passwords, one pass. */
  private static void grouped(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    for (int[] starts : new int[][] {scan.boundaryDigitStarts(), scan.wordStarts()}) {
      int resume = 0;
      char[] cs = scan.chars;
      for (int i : starts) {
        char c = cs[i];
        if (i < resume || !Chars.isAlnum(c) || i > 0 && (Chars.isAlnum(cs[i - 1]) || cs[i - 1] == '-'
            || cs[i - 1] == '_') || i + 19 > cs.length
            || cs[i + 4] != ' ' && cs[i + 4] != '-' && cs[i + 5] != '-' && cs[i + 6] != '-') {
          continue;
        }
        int e = dashGroups(scan.chars, t, i);
        if (e > 0) {
          scan.add(Kind.LICENSE_KEY, i, e);
          resume = e;
          continue;
        }
        e = appPassword(scan, i);
        if (e > 0) {
          scan.add(Kind.PASSWORD, i, e);
          resume = e;
        }
      }
    }
  }

  private static int dashGroups(char[] cs, String t, int s) {
    int n = cs.length;
    if (s + 19 > n || cs[s + 4] != '-' && cs[s + 5] != '-' && cs[s + 6] != '-') {
      return -1;
    }
    int i = s;
    int groups = 0;
    int size = -1;
    int digits = 0;
    int letters = 0;
    while (groups < 10) {
      int gs = i;
      while (i < n && i - gs <= 6 && (Chars.isUpper(t.charAt(i)) || Chars.isDigit(t.charAt(i)))) {
        digits += Chars.isDigit(t.charAt(i)) ? 1 : 0;
        letters += Chars.isUpper(t.charAt(i)) ? 1 : 0;
        i++;
      }
      int len = i - gs;
      if (len < 4 || len > 6 || size >= 0 && len != size) {
        return -1;
      }
      size = len;
      groups++;
      if (i < n && t.charAt(i) == '-' && i + 1 < n && Chars.isAlnum(t.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (i < n && (Chars.isAlnum(t.charAt(i)) || t.charAt(i) == '-' || t.charAt(i) == '_')) {
      return -1;
    }
    return groups >= 4 && digits >= 3 && letters >= 3 ? i : -1;
  }

  private static int appPassword(Scan scan, int s) {
    String t = scan.text;
    int n = scan.length;
    char[] cs = scan.chars;
    if (s + 29 > n || cs[s + 4] != ' ' || cs[s + 9] != ' ' || cs[s + 24] != ' ') {
      return -1;
    }
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    for (int g = 0; g < 6; g++) {
      int gs = s + g * 5;
      for (int k = 0; k < 4; k++) {
        char c = t.charAt(gs + k);
        if (!Chars.isAlnum(c)) {
          return -1;
        }
        digit |= Chars.isDigit(c);
        upper |= Chars.isUpper(c);
        lower |= Chars.isLower(c);
      }
      if (g < 5 && t.charAt(gs + 4) != ' ') {
        return -1;
      }
    }
    int e = s + 29;
    if (e < n && Chars.isAlnum(t.charAt(e))) {
      return -1;
    }
    boolean cue = Chars.containsWithin(scan.lower(), s - 80, s, "application password")
        || Chars.containsWithin(scan.lower(), s - 80, s, "app password");
    return digit && upper && lower || cue && (digit || upper) ? e : -1;
  }
}
