package io.incidentbot.redaction;

/**
 * Customer IP addresses, v4 and v6 (compressed, full, IPv4-mapped). Left alone: addresses that
 * identify no customer (loopback, RFC 1918 and CGNAT private ranges, link-local, unique-local,
 * multicast, netmasks) and IP-shaped version strings ({@code Chrome/120.0.6099.109},
 * {@code version 4.2.1.3}, {@code v1.2.3.4}, {@code WP Rocket 3.15.10.1}, dotted OIDs).
 */
final class IpAddressDetector implements Detector {

  private static final String[] VERSION_CUES = {
      "version", "ver ", "ver.", "ver:", "build", "release", "rev ", "rev.", "v ", "v.", "update to",
      "upgrade to", "downgrade to", "updated to", "upgraded to", "oid"};

  private static final String[] IP_CUES = {
      "ip", "addr", "client", "from", "remote", "forwarded", "real", "host", "src", "source", "visitor",
      "customer", "user", "login", "block", "ban", "peer", "connect", "origin", "x-", "allow",
      "deny", "geo", "country", "fraud", "attempt", "request", "server", "visit", "address", "via",
      "to", "at", "rsync", "ssh", "ping", "dig", "curl", "resolv", "dns", "whitelist", "allowlist",
      "for", "is", "was"};

  @Override
  public void detect(Scan scan) {
    String t = scan.lower();
    int resume = 0;
    for (int i : scan.boundaryDigitStarts()) {
      if (i < resume) {
        continue;
      }
      char[] cs = scan.chars;
      int d = i;
      while (d < cs.length && d - i < 4 && Chars.isDigit(cs[d])) {
        d++;
      }
      if (d >= cs.length || cs[d] != '.') {
        continue; // no dot after the first octet
      }
      char prev = scan.at(i - 1);
      boolean label = prev == ':' && (Chars.isLetter(scan.at(i - 2)) || Chars.isQuote(scan.at(i - 2)));
      if (Chars.isLetter(prev) || prev == '.' || prev == '_' || prev == '-' || prev == ':' && !label) {
        continue;
      }
      int e = v4(scan, i);
      if (e > 0) {
        scan.add(Kind.IP_ADDRESS, i, e);
        resume = e;
      }
    }
    // IPv6 starts with a hex digit or "::", and has a ':' within its first five chars
    resume = 0;
    char[] cs = scan.chars;
    for (int[] starts : new int[][] {scan.boundaryDigitStarts(), scan.wordStarts(), scan.hits("::")}) {
      for (int i : starts) {
        char c = cs[i];
        if (!(Chars.isHex(c) || c == ':') || i > 0 && (Chars.isWord(cs[i - 1]) || cs[i - 1] == ':'
            || cs[i - 1] == '.' || cs[i - 1] == '-') || !colonSoon(cs, i)) {
          continue;
        }
        int e = v6(scan, i);
        if (e > 0) {
          scan.add(Kind.IP_ADDRESS, i, e);
        }
      }
    }
  }

  private static boolean colonSoon(char[] cs, int i) {
    for (int k = i, e = Math.min(cs.length, i + 5); k < e; k++) {
      if (cs[k] == ':') {
        return true;
      }
      if (!Chars.isHex(cs[k])) {
        return false;
      }
    }
    return false;
  }

  /** End of a public IPv4 address starting at {@code s}, or -1. */
  private static int v4(Scan scan, int s) {
    String t = scan.lower();
    int[] octets = null;
    int i = s;
    for (int o = 0; o < 4; o++) {
      if (o > 0) {
        if (scan.at(i) != '.') {
          return -1;
        }
        i++;
      }
      int ds = i;
      int v = 0;
      while (i < scan.length && Chars.isDigit(t.charAt(i)) && i - ds < 4) {
        v = v * 10 + (t.charAt(i) - '0');
        i++;
      }
      int len = i - ds;
      if (len == 0 || len > 3 || v > 255 || len > 1 && t.charAt(ds) == '0') {
        return -1;
      }
      if (octets == null) {
        if (scan.at(i) != '.') {
          return -1; // a lone number: no IPv4 here
        }
        octets = new int[4];
      }
      octets[o] = v;
    }
    char after = scan.at(i);
    if (Chars.isAlnum(after) || after == '_' || (after == '.' || after == '-') && Chars.isAlnum(scan.at(i + 1))) {
      return -1;
    }
    if (!publicV4(octets) || versionLike(scan, s, octets)) {
      return -1;
    }
    return i;
  }

  static boolean publicV4(int[] o) {
    return !(o[0] == 0 || o[0] == 10 || o[0] == 127 || o[0] >= 224
        || o[0] == 169 && o[1] == 254
        || o[0] == 172 && o[1] >= 16 && o[1] <= 31
        || o[0] == 192 && o[1] == 168
        || o[0] == 100 && o[1] >= 64 && o[1] <= 127);
  }

  private static boolean versionLike(Scan scan, int s, int[] octets) {
    String lower = scan.lower();
    char prev = scan.at(s - 1);
    if (prev == '/' && Chars.isLetter(scan.at(s - 2))) {
      return true; // Chrome/120.0.1.2 user-agent tokens
    }
    int lineStart = Chars.lineStart(scan.text, s, 80);
    for (String cue : VERSION_CUES) {
      if (containsWord(lower, Math.max(lineStart, s - 16), s, cue)) {
        return true;
      }
    }
    if (lower.startsWith("-beta", s) || lower.startsWith("-rc", s)) {
      return true;
    }
    int k = s - 1;
    while (k >= lineStart && (Chars.isSpace(scan.at(k)) || scan.at(k) == '[' || scan.at(k) == '"')) {
      k--;
    }
    if (k < lineStart) {
      return false; // first thing on the line: an access log
    }
    // small numbers, no IP context around: "WP Rocket – 3.15.10.1", "MySQL 8.0.35.1"
    for (int o : octets) {
      if (o >= 100) {
        return false;
      }
    }
    // the word right before decides first: "PHP 8.2.15.0" is a version, "client 8.2.15.0" an address
    int we = k + 1;
    int ws = we;
    while (ws > lineStart && Chars.isLetter(scan.at(ws - 1))) {
      ws--;
    }
    if (we - ws >= 2 && scan.at(we) == ' ') {
      String word = lower.substring(ws, we);
      for (String cue : IP_CUES) {
        if (word.startsWith(cue.trim())) {
          return false;
        }
      }
      if (Chars.isUpper(scan.at(ws))) {
        return true; // a product name
      }
    }
    for (String cue : IP_CUES) {
      if (containsWord(lower, Math.max(lineStart, s - 40), s, cue)) {
        return false;
      }
    }
    return true;
  }

  /** {@code word} inside {@code lower[from, to)} at the start of a word. */
  static boolean containsWord(String lower, int from, int to, String word) {
    for (int i = Math.max(0, from), last = to - word.length(); i <= last; i++) {
      if (lower.regionMatches(i, word, 0, word.length()) && (i == 0 || !Chars.isLetter(lower.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** End of a public IPv6 address starting at {@code s}, or -1. */
  private static int v6(Scan scan, int s) {
    String t = scan.text;
    int e = s;
    int limit = Math.min(scan.length, s + 46);
    int colons = 0;
    while (e < limit && (Chars.isHex(t.charAt(e)) || t.charAt(e) == ':' || t.charAt(e) == '.')) {
      colons += t.charAt(e) == ':' ? 1 : 0;
      e++;
    }
    if (colons < 2) {
      return -1;
    }
    if (colons != 7 && Chars.indexOf(t, "::", s, e) < 0) {
      return -1; // "10:22:31": a full address has 7 colons, a short one has "::"
    }
    // trailing punctuation belongs to the sentence: "from 2001:db8::7." / "2001:db8::7: denied"
    while (e > s && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == ':' && t.charAt(e - 2) != ':')) {
      e--;
    }
    char after = scan.at(e);
    if (Chars.isLetter(after) || after == '_' || after == '(' || Chars.isDigit(after)) {
      return -1;
    }
    String run = t.substring(s, e);
    return validV6(run) ? e : -1;
  }

  static boolean validV6(String run) {
    if (run.contains(":::")) {
      return false;
    }
    int dc = run.indexOf("::");
    if (dc >= 0 && run.indexOf("::", dc + 1) >= 0) {
      return false;
    }
    String left = dc >= 0 ? run.substring(0, dc) : run;
    String right = dc >= 0 ? run.substring(dc + 2) : "";
    int groups = 0;
    boolean digit = false;
    if (left.isEmpty() && right.isEmpty()) {
      return false;
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (!left.isEmpty()) {
      parts.addAll(java.util.Arrays.asList(left.split(":", -1)));
    }
    if (!right.isEmpty()) {
      parts.addAll(java.util.Arrays.asList(right.split(":", -1)));
    }
    String first = null;
    for (int x = 0; x < parts.size(); x++) {
      String g = parts.get(x);
      if (g.isEmpty()) {
        return false;
      }
      if (g.indexOf('.') >= 0) {
        if (x != parts.size() - 1 || !dottedQuad(g)) {
          return false;
        }
        groups += 2;
        digit = true;
        continue;
      }
      if (g.length() > 4) {
        return false;
      }
      for (int i = 0; i < g.length(); i++) {
        digit |= Chars.isDigit(g.charAt(i));
      }
      if (first == null) {
        first = g;
      }
      groups++;
    }
    if (dc >= 0 ? groups > 7 : groups != 8) {
      return false;
    }
    if (groups < 3 || !digit) {
      return false;
    }
    if (left.isEmpty()) { // ::1, ::ffff:10.0.0.1 … : mapped or special
      int lastDot = right.lastIndexOf(':');
      String tail = right.substring(lastDot + 1);
      if (tail.indexOf('.') >= 0 && right.toLowerCase(java.util.Locale.ROOT).startsWith("ffff:")) {
        String[] q = tail.split("\\.");
        int[] o = new int[4];
        for (int i = 0; i < 4; i++) {
          o[i] = Integer.parseInt(q[i]);
        }
        return publicV4(o);
      }
      return false;
    }
    int head = Integer.parseInt(first, 16);
    return !(head >= 0xfe80 && head <= 0xfebf || head >= 0xfc00 && head <= 0xfdff || head >= 0xff00
        || head == 0);
  }

  private static boolean dottedQuad(String g) {
    String[] q = g.split("\\.", -1);
    if (q.length != 4) {
      return false;
    }
    for (String p : q) {
      if (p.isEmpty() || p.length() > 3) {
        return false;
      }
      for (int i = 0; i < p.length(); i++) {
        if (!Chars.isDigit(p.charAt(i))) {
          return false;
        }
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
