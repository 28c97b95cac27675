package io.incidentbot.redaction;

/**
 * {@code define( 'NAME', 'value' );} lines of wp-config.php and plugins: the eight WordPress salts
 * and keys ({@code AUTH_KEY} … {@code NONCE_SALT}) as {@code wp_salt}, {@code DB_PASSWORD} and other
 * {@code *PASSWORD*} / {@code *_PASS} constants as {@code password}, licence constants as
 * {@code license_key}, other {@code *_KEY} / {@code *_SECRET} / {@code *_TOKEN} constants when the
 * value looks generated. Bare values ({@code true}, {@code 42}, {@code WP_CONTENT_DIR . '/x'}) are
 * never secrets. A quoted value broken over two lines is followed.
 */
final class WpConfigDetector implements Detector {

  @Override
  public void detect(Scan scan) {
    String lower = scan.lower();
    String t = scan.text;
    for (int p : scan.hits("define")) {
      if (p > 0 && Chars.isWord(t.charAt(p - 1))) {
        continue;
      }
      int i = skipBlanks(t, p + 6);
      if (scan.at(i) != '(') {
        continue;
      }
      i = skipBlanks(t, i + 1);
      char q = scan.at(i);
      if (q != '\'' && q != '"') {
        continue;
      }
      int ns = i + 1;
      int ne = ns;
      while (ne < scan.length && ne - ns < KeywordSecretDetector.MAX_NAME && t.charAt(ne) != q
          && (Chars.isWord(t.charAt(ne)) || t.charAt(ne) == '-')) {
        ne++;
      }
      if (scan.at(ne) != q || ne == ns) {
        continue;
      }
      i = skipBlanks(t, ne + 1);
      if (scan.at(i) != ',') {
        continue;
      }
      i = skipBlanks(t, i + 1);
      if (!Chars.isQuote(scan.at(i))) {
        continue;
      }
      KeywordSecretDetector.Target target = KeywordSecretDetector.classify(t.substring(ns, ne));
      if (target == null) {
        continue;
      }
      int[] value = KeywordSecretDetector.valueAfter(scan, i, "");
      if (value != null) {
        KeywordSecretDetector.accept(scan, target, value);
      }
    }
  }

  private static int skipBlanks(String t, int i) {
    int guard = 0;
    while (i < t.length() && Chars.isSpace(t.charAt(i)) && guard++ < 16) {
      i++;
    }
    return i;
  }
}
