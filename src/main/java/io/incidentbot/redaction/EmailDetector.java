package io.incidentbot.redaction;

import java.util.Set;

/**
 * E-mail addresses, also URL-encoded ({@code jane%40example.com}). Found from each {@code @} with a
 * bounded look-back for the local part (64 chars) and look-ahead for the domain (253). Not
 * addresses: {@code @2x.png} retina files, npm scopes and {@code pkg@1.2.3} versions (no letter
 * TLD), PHPDoc tags (no local part), {@code git@host} SSH remotes, credentials in URLs (that is
 * {@code url_password}'s job).
 */
final class EmailDetector implements Detector {

  private static final Set<String> FILE_TLDS = Chars.setOf(
      "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "css", "js", "mjs", "php", "json",
      "map", "txt", "log", "woff", "woff2", "ttf", "html", "htm", "xml", "min", "ts", "jsx", "tsx",
      "scss", "vue", "lock", "yml", "yaml", "md", "pdf", "zip");

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    for (int p : scan.hits("@")) {
      match(scan, p, p + 1);
    }
    String lower = scan.lower();
    for (int p : scan.hits("%40")) {
      match(scan, p, p + 3);
    }
  }

  private static void match(Scan scan, int at, int domainStart) {
    String t = scan.text;
    int s = at;
    int stop = Math.max(0, at - 64);
    while (s > stop && local(t.charAt(s - 1))) {
      s--;
    }
    if (s == at || s == stop && s > 0 && local(t.charAt(s - 1))) {
      return;
    }
    while (s < at && (t.charAt(s) == '.' || t.charAt(s) == '-' || t.charAt(s) == '%' && s + 3 < at
        && Chars.isHex(t.charAt(s + 1)) && Chars.isHex(t.charAt(s + 2)))) {
      s += t.charAt(s) == '%' ? 3 : 1; // leading dots, dashes and %3C-style escapes
    }
    if (s == at || t.charAt(at - 1) == '.') {
      return;
    }
    char before = scan.at(s - 1);
    if (before == ':' && isUrlUserInfo(scan, s)) {
      return; // https://user:pass@host
    }
    if (before == '/' && isUrlUserInfo(scan, s)) {
      return; // https://token@host
    }
    if (at - s == 3 && t.startsWith("git", s)) {
      return;
    }
    if (messageIdHeader(scan, s)) {
      return; // Message-ID: <CAJ7f2…=Xy@mail.gmail.com> identifies a mail, not a person
    }
    // domain: labels of [A-Za-z0-9-] separated by dots, the last one letters only
    int e = domainStart;
    int limit = Math.min(scan.length, domainStart + 253);
    int lastDot = -1;
    int labelStart = e;
    while (e < limit) {
      char c = t.charAt(e);
      if (Chars.isAlnum(c) || c == '-' || c > 127 && Character.isLetterOrDigit(c)) {
        e++;
      } else if (c == '.' && e > labelStart && e + 1 < scan.length && (Chars.isAlnum(t.charAt(e + 1))
          || t.charAt(e + 1) > 127 && Character.isLetterOrDigit(t.charAt(e + 1)))) {
        lastDot = e;
        e++;
        labelStart = e;
      } else {
        break;
      }
    }
    if (lastDot < 0 || e - lastDot - 1 < 2) {
      return;
    }
    for (int i = lastDot + 1; i < e; i++) {
      if (!Character.isLetter(t.charAt(i))) {
        return;
      }
    }
    String tld = scan.lower().substring(lastDot + 1, e);
    if (FILE_TLDS.contains(tld) || e - lastDot - 1 > 24) {
      return;
    }
    scan.add(Kind.EMAIL, s, e);
  }

  private static boolean messageIdHeader(Scan scan, int s) {
    int ls = Chars.lineStart(scan.text, s, 200);
    String lower = scan.lower();
    return lower.startsWith("message-id:", ls) || lower.startsWith("in-reply-to:", ls)
        || lower.startsWith("references:", ls) || lower.startsWith("x-ms-exchange", ls)
        || (scan.at(s - 1) == '=' && Chars.isAlnum(scan.at(s - 2)) && lower.startsWith("<", ls));
  }

  /** Local-part chars: ASCII atext subset, plus letters and digits of any script (RFC 6531). */
  private static boolean local(char c) {
    return Chars.isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
        || c > 127 && Character.isLetterOrDigit(c);
  }

  /** Whether the text before {@code s} is {@code scheme://user:} (bounded look-back). */
  private static boolean isUrlUserInfo(Scan scan, int s) {
    String t = scan.text;
    int stop = Math.max(0, s - 200);
    for (int i = s - 1; i > stop; i--) {
      char c = t.charAt(i);
      if (c == '/' && t.charAt(i - 1) == '/' && i >= 2 && t.charAt(i - 2) == ':') {
        return true;
      }
      if (Chars.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '@') {
        return false;
      }
    }
    return false;
  }
}
