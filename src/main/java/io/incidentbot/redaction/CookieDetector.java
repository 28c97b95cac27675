package io.incidentbot.redaction;

import java.util.Locale;

/**
 * Session cookies: the values of WordPress auth cookies ({@code wordpress_logged_in_<hash>},
 * {@code wordpress_sec_<hash>}, {@code wordpress_<hash>}), WooCommerce sessions
 * ({@code wp_woocommerce_session_<hash>}), post-password cookies and generic session cookies
 * ({@code PHPSESSID}, {@code laravel_session}, names with session, sess, auth or token) — in
 * {@code Cookie:} / {@code Set-Cookie:} headers, {@code curl -b}, and anywhere the WordPress and
 * WooCommerce names appear with a value ({@code $_COOKIE} dumps). Preference and analytics
 * cookies ({@code wp-settings-1}, {@code woocommerce_items_in_cart}, {@code _ga}) are kept.
 */
final class CookieDetector implements Detector {

  private static final String[] ALWAYS = {
      "wordpress_logged_in_", "wordpress_sec_", "wp_woocommerce_session_", "wp-postpass_",
      "phpsessid", "laravel_session", "jsessionid"};

  @Override
  public void detect(Scan scan) {
    String lower = scan.lower();
    for (String header : new String[] {"cookie:", "cookie\":", "cookie':", "cookie\" :", "--cookie ", " -b "}) {
      for (int p : scan.hits(header)) {
        boolean set = p >= 4 && lower.startsWith("set-", p - 4);
        header(scan, p + header.length(), set);
      }
    }
    for (String name : ALWAYS) {
      for (int p : scan.hits(name)) {
        if (p > 0 && (Chars.isAlnum(scan.at(p - 1)) || scan.at(p - 1) == '_')) {
          continue;
        }
        int e = p + name.length();
        while (e < scan.length && e - p < 128 && (Chars.isWord(scan.at(e)) || scan.at(e) == '-')) {
          e++;
        }
        int v = valueStart(scan, e);
        if (v >= 0) {
          int ve = valueEnd(scan, v);
          if (ve - v >= 6 && !Values.isPlaceholder(scan.text.substring(v, ve))) {
            scan.add(Kind.SESSION_COOKIE, v, ve);
          }
        }
      }
    }
  }

  /** The {@code name=value; name2=value2} list after a cookie header (same line). */
  private static void header(Scan scan, int from, boolean setCookie) {
    String t = scan.text;
    int i = from;
    int end = Chars.lineEnd(t, from, 8192);
    while (i < end && (Chars.isSpace(t.charAt(i)) || Chars.isQuote(t.charAt(i)))) {
      i++;
    }
    boolean first = true;
    while (i < end) {
      int ns = i;
      while (i < end && t.charAt(i) != '=' && t.charAt(i) != ';' && !Chars.isWhitespace(t.charAt(i))
          && !Chars.isQuote(t.charAt(i))) {
        i++;
      }
      if (i >= end || t.charAt(i) != '=') {
        break;
      }
      String name = t.substring(ns, i).toLowerCase(Locale.ROOT);
      int vs = i + 1;
      int ve = valueEnd(scan, vs);
      if ((first || !setCookie) && sessionLike(name) && ve - vs >= 6
          && !Values.isPlaceholder(t.substring(vs, ve))) {
        scan.add(Kind.SESSION_COOKIE, vs, ve);
      }
      first = false;
      i = ve;
      while (i < end && (t.charAt(i) == ';' || Chars.isSpace(t.charAt(i)))) {
        i++;
      }
    }
  }

  static boolean sessionLike(String name) {
    if (name.startsWith("wp-settings") || name.contains("items_in_cart") || name.contains("cart_hash")
        || name.equals("wordpress_test_cookie") || name.startsWith("_ga") || name.startsWith("_gid")
        || name.startsWith("__stripe_mid") || name.startsWith("tk_") || name.contains("consent")) {
      return false;
    }
    if (name.startsWith("wordpress_") || name.startsWith("wp_woocommerce_session")
        || name.startsWith("wp-postpass")) {
      return true;
    }
    return name.contains("sess") || name.contains("auth") || name.contains("token")
        || name.contains("logged_in") || name.equals("sid") || name.endsWith(".sid")
        || name.endsWith("_sid") || name.contains("remember");
  }

  /** After a cookie name: {@code =}, {@code ] => }, {@code ": "} or {@code : }; -1 if none. */
  private static int valueStart(Scan scan, int e) {
    int i = e;
    if (scan.at(i) == ']' || Chars.isQuote(scan.at(i))) {
      i++;
    }
    int guard = 0;
    while (Chars.isSpace(scan.at(i)) && guard++ < 4) {
      i++;
    }
    if (scan.at(i) == '=') {
      i++;
      if (scan.at(i) == '>') {
        i++;
      }
    } else if (scan.at(i) == ':') {
      i++;
    } else {
      return -1;
    }
    guard = 0;
    while ((Chars.isSpace(scan.at(i)) || Chars.isQuote(scan.at(i))) && guard++ < 4) {
      i++;
    }
    return i < scan.length && !Chars.isLineBreak(scan.at(i)) ? i : -1;
  }

  private static int valueEnd(Scan scan, int s) {
    int e = s;
    int limit = Math.min(scan.length, s + 4096);
    while (e < limit) {
      char c = scan.text.charAt(e);
      if (c == ';' || c == ',' || Chars.isWhitespace(c) || Chars.isQuote(c) || c == '&' || c == ')') {
        break;
      }
      e++;
    }
    return e;
  }
}
