package io.incidentbot.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Secrets found by the name they are assigned to rather than by their shape: {@code .env} lines,
 * JSON and YAML keys, PHP arrays ({@code 'password' => …}), {@code print_r} dumps
 * ({@code [password] => …}), query strings ({@code &pwd=…}), HTTP-ish labels ("API key: …"), CLI
 * flags ({@code --password=…}, {@code --token …}) and prose ("my password is …").
 *
 * <p>The name decides the kind and how strict the value check is: a password may be anything a
 * person can type (placeholders, references such as {@code getenv('X')} and words such as
 * "incorrect" excepted); keys, tokens and secrets must look generated (long, mixed classes,
 * entropy ≥ 3 bits/char), so {@code "key": "_billing_phone"} or {@code cache_key} stay.
 *
 * <p>Linear: each {@code =} / {@code :} costs a bounded look-back (80 chars) and look-ahead.
 */
final class KeywordSecretDetector implements Detector {

  enum Policy { PASSWORD, SECRET, SALT, LICENSE, PURCHASE }

  record Target(Kind kind, Policy policy) {}

  private static final Object NO_TARGET = new Object();

  static final int MAX_NAME = 80;
  static final int MAX_VALUE = 2048;

  private static final String[] TRIGGERS = {
      "pass", "pwd", "secret", "token", "key", "salt", "licen", "serial", "purchase", "credential",
      "pw", "auth", "bearer"};

  private static final Set<String> WP_SALTS = Chars.setOf(
      "authkey", "secureauthkey", "loggedinkey", "noncekey", "authsalt", "secureauthsalt",
      "loggedinsalt", "noncesalt");

  private static final String[] EXCLUDE_CONTAINS = {
      "public", "publishable", "pubkey", "sitekey", "cachekey", "metakey", "idempotency", "itemkey",
      "sortkey", "primarykey", "foreignkey", "partitionkey", "transientkey", "objectkey", "lockkey",
      "optionkey", "fieldkey", "keyname", "tokentype", "tokenname", "keytype", "keylength", "reset",
      "forgot", "lost", "strength", "policy", "placeholder", "label", "tokens", "tokenizer", "nonce",
      "keyword", "hint", "expir", "hash", "keyboard", "passenger", "passage", "passport", "bypass",
      "compass", "passive", "passthrough", "keypress", "keydown", "keyup", "keys", "usage", "limit",
      "rotated", "rotation", "generated", "required", "enabled", "autoload", "authorization",
      "prefix", "suffix", "mask", "last4", "lastfour", "fingerprint"};

  private static final String[] EXCLUDE_SUFFIX = {
      "id", "ids", "url", "uri", "urls", "endpoint", "path", "file", "dir", "name", "type", "length",
      "count", "at", "ttl", "expiry", "expires", "enabled", "set", "exists", "status", "mode",
      "version", "method", "header", "field", "len", "size", "format", "option", "options", "text",
      "title", "error", "errors", "message", "column", "table", "rule", "rules", "min", "max",
      "valid", "invalid", "changed", "updated", "created", "sent", "used", "page", "form", "link",
      "button", "input", "check", "hint", "tier", "plan", "level", "scope", "scopes", "owner",
      "email", "user", "username", "login", "host", "port", "server", "date", "time", "days",
      "region", "bucket", "provider", "service", "store", "storage", "location", "manager"};

  private static final String[] SECRET_WORDS = {
      "secret", "token", "apikey", "accesskey", "privatekey", "secretkey", "credential", "authkey",
      "clientkey", "consumerkey", "appkey", "encryptionkey", "signingkey", "masterkey",
      "accountkey", "subscriptionkey", "bearer", "salt", "sessionkey", "securitykey", "restkey",
      "openaikey", "anthropickey", "stripekey", "googlekey", "mapskey", "apisecret", "xapikey"};

  @Override
  public void detect(Scan scan) {
    // driven by the trigger words ("pass", "token", "key"…): from each, find the separator that
    // ends its name, so the cost follows the few names that matter, not every ':' of a timestamp
    char[] cs = scan.chars;
    int lastSeparator = -1;
    for (int h : scan.hits("triggers", TRIGGERS)) {
      int p = separatorAfterName(cs, h);
      if (p > lastSeparator) {
        lastSeparator = p;
        separator(scan, p);
      }
    }
    prose(scan);
    flags(scan);
    columns(scan);
    shortForms(scan);
    nextLineValues(scan);
  }

  /**
   * Screens and dumps that put a label and its value in columns: "Auth Token   32d8…" (text copied
   * from a screenshot), {@code $_SERVER['PHP_AUTH_PW']<TAB>…} (phpinfo).
   */
  private static void columns(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    int[] lines = scan.lineStarts();
    for (int k = 0; k < lines.length; k++) {
      int ls = lines[k];
      int le = scan.lineEndAt(k);
      if (le > ls && t.charAt(le - 1) == '\r') {
        le--;
      }
      int s = ls;
      while (s < le && Chars.isSpace(t.charAt(s))) {
        s++;
      }
      int limit = Math.min(le, s + MAX_NAME);
      if (!Scan.anyIn(scan.hits("triggers", TRIGGERS), s, limit)) {
        limit = s; // no secret's name at the start of this line
      }
      for (int i = s + 2; i < limit; i++) {
        char c = t.charAt(i);
        boolean gap = c == '\t' || c == ' ' && t.charAt(i + 1 < n ? i + 1 : i) == ' ';
        if (c == ':' || c == '=' || c == '"' && i > s + 1 && t.charAt(i - 1) != '\'' && t.charAt(i - 1) != '[') {
          break; // an ordinary separator: handled by separator()
        }
        if (gap) {
          Target target = classify(scan, s, i);
          if (target != null) {
            int v = i;
            while (v < le && Chars.isSpace(t.charAt(v))) {
              v++;
            }
            int[] value = valueAfter(scan, v, "");
            if (value != null && value[0] < le) {
              accept(scan, target, value);
            }
          }
          break;
        }
      }
    }
  }

  /**
   * The {@code :} or {@code =} that ends the name holding {@code h}: past name chars and up to three
   * single blanks ("Consumer secret: …"), a closing quote or bracket ({@code "api_key": },
   * {@code [password] => }), blanks; -1 if none within {@value #MAX_NAME} chars.
   */
  static int separatorAfterName(char[] cs, int h) {
    int n = cs.length;
    int i = h;
    int limit = Math.min(n, h + MAX_NAME);
    int blanks = 0;
    while (i < limit) {
      char c = cs[i];
      if (isNameChar(c)) {
        i++;
      } else if (c == ' ' && blanks < 3 && i + 1 < n && Chars.isLetter(cs[i + 1])) {
        blanks++;
        i++;
      } else {
        break;
      }
    }
    int guard = 0;
    while (i < n && guard++ < 6 && (cs[i] == '"' || cs[i] == '\'' || cs[i] == ']' || cs[i] == '\\'
        || Chars.isSpace(cs[i]))) {
      i++;
    }
    return i < n && (cs[i] == ':' || cs[i] == '=') ? i : -1;
  }

  private static void separator(Scan scan, int p) {
    String t = scan.text;
    char c = t.charAt(p);
    char next = scan.at(p + 1);
    char prev = scan.at(p - 1);
    int valueFrom = p + 1;
    if (c == ':') {
      if (next == ':' || prev == ':' || next == '/' && scan.at(p + 2) == '/' || next == '=') {
        return;
      }
    } else {
      if (next == '=' || prev == '=' || prev == '!' || prev == '<' || prev == '>') {
        return;
      }
      if (next == '>') {
        valueFrom = p + 2;
      }
    }
    int[] name = nameBefore(scan, p, c == ':' && Chars.isSpace(next));
    if (name == null) {
      return;
    }
    Target target = classify(scan, name[0], name[1]);
    if (target == null) {
      return;
    }
    int[] value = valueAfter(scan, valueFrom, name[2] == 1 ? "&" : "");
    if (value != null) {
      accept(scan, target, value);
    }
  }

  static void accept(Scan scan, Target target, int[] value) {
    String v = scan.text.substring(value[0], value[1]);
    boolean quoted = value[2] == 1;
    if (value[3] == 1) { // broken over lines: judge the joined value
      v = Redactor.normalise("", scan.text, value[0], value[1]);
    }
    if (target.policy() == Policy.SALT && !quoted) { // unquoted salts run to the end of the line
      int e = Chars.lineEnd(scan.text, value[0], MAX_VALUE);
      while (e > value[0] && Chars.isSpace(scan.text.charAt(e - 1))) {
        e--;
      }
      value = new int[] {value[0], e, 0, 0};
      v = scan.text.substring(value[0], e);
    }
    boolean ok = switch (target.policy()) {
      case PASSWORD -> Values.looksLikePassword(v, quoted);
      case SECRET -> Values.looksLikeSecret(v);
      case SALT -> Values.looksLikeSalt(v);
      case LICENSE -> looksLikeLicense(v);
      case PURCHASE -> v.length() >= 8 && hasDigit(v) && !Values.isPlaceholder(v);
    };
    if (ok) {
      scan.add(target.kind(), value[0], value[1]);
    }
  }

  static boolean looksLikeLicense(String v) {
    if (v.length() < 8 || v.length() > 256 || !hasDigit(v) || Values.isPlaceholder(v)
        || Values.isReference(v) || v.contains("://")) {
      return false;
    }
    String l = v.toLowerCase(Locale.ROOT);
    for (String licence : new String[] {"gpl", "mit", "apache", "bsd", "mpl", "cc-", "cc0",
        "proprietary", "commercial", "isc", "unlicense", "epl", "wtfpl"}) {
      if (l.startsWith(licence)) {
        return false;
      }
    }
    for (int i = 0; i < v.length(); i++) {
      if (Chars.isWhitespace(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasDigit(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (Chars.isDigit(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name before a separator at {@code p}: {@code {start, end, inQuery}}, or null. Handles
   * {@code "name"}, {@code 'name'}, {@code \"name\"}, {@code [name]}, bare identifiers and, for
   * labels ({@code ": "}), up to four words ("Consumer secret:").
   */
  static int[] nameBefore(Scan scan, int p, boolean label) {
    String t = scan.text;
    int j = p - 1;
    int guard = 0;
    while (j >= 0 && Chars.isSpace(t.charAt(j)) && guard++ < 4) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    char ch = t.charAt(j);
    int ns;
    int ne;
    if (ch == '"' || ch == '\'') {
      boolean escaped = ch == '"' && scan.at(j - 1) == '\\';
      ne = escaped ? j - 1 : j;
      int k = ne - 1;
      int stop = Math.max(0, ne - MAX_NAME);
      while (k >= stop && t.charAt(k) != ch && !Chars.isLineBreak(t.charAt(k))) {
        k--;
      }
      if (k < stop || t.charAt(k) != ch) {
        return null;
      }
      ns = k + 1;
    } else if (ch == ']') {
      ne = j;
      int k = j - 1;
      int stop = Math.max(0, j - MAX_NAME);
      while (k >= stop && t.charAt(k) != '[' && !Chars.isLineBreak(t.charAt(k))) {
        k--;
      }
      if (k < stop || t.charAt(k) != '[') {
        return null;
      }
      ns = k + 1;
    } else if (isNameChar(ch)) {
      ne = j + 1;
      int k = j;
      int stop = Math.max(0, ne - MAX_NAME);
      int words = 1;
      while (k > stop) {
        char b = t.charAt(k - 1);
        if (isNameChar(b)) {
          k--;
        } else if (label && b == ' ' && words < 4 && k - 2 >= stop && Chars.isLetter(t.charAt(k - 2))) {
          words++;
          k--;
        } else {
          break;
        }
      }
      ns = k;
    } else {
      return null;
    }
    if (ne - ns < 2) {
      return null;
    }
    char before = scan.at(ns - 1);
    boolean inQuery = before == '?' || before == '&';
    return new int[] {ns, ne, inQuery ? 1 : 0};
  }

  static boolean isNameChar(char c) {
    return Chars.isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '$';
  }

  /** The kind and value policy for a name, or null when the name is not about a secret. */
  static Target classify(Scan scan, int ns, int ne) {
    // cheap: is one of the trigger words inside the name? (binary search in precomputed hits)
    if (!Scan.anyIn(scan.hits("triggers", TRIGGERS), ns, ne)) {
      return null;
    }
    String name = scan.text.substring(ns, ne);
    Object cached = scan.memo.get(name);
    if (cached == null) {
      Target t = classify(name);
      cached = t == null ? NO_TARGET : t;
      scan.memo.put(name, cached);
    }
    return cached == NO_TARGET ? null : (Target) cached;
  }

  static Target classify(String name) {
    String compact = compact(name);
    if (compact.isEmpty()) {
      return null;
    }
    if (WP_SALTS.contains(compact) || wpSaltSuffix(name)) {
      return new Target(Kind.WP_SALT, Policy.SALT);
    }
    for (String x : EXCLUDE_CONTAINS) {
      if (compact.contains(x)) {
        return null;
      }
    }
    for (String x : EXCLUDE_SUFFIX) {
      if (compact.endsWith(x)) {
        return null;
      }
    }
    if (compact.contains("purchasecode") || compact.contains("purchasekey")) {
      return new Target(Kind.PURCHASE_CODE, Policy.PURCHASE);
    }
    if (compact.contains("license") || compact.contains("licence") || compact.contains("serialkey")
        || compact.contains("activationkey") || compact.contains("activationcode")
        || compact.contains("productkey")) {
      return new Target(Kind.LICENSE_KEY, Policy.LICENSE);
    }
    if ((compact.contains("webhook") || compact.contains("signing"))
        && (compact.contains("secret") || compact.contains("key") || compact.contains("token"))) {
      return new Target(Kind.WEBHOOK_SECRET, Policy.SECRET);
    }
    if (WP_SALTS.contains(compact)) {
      return new Target(Kind.WP_SALT, Policy.SALT);
    }
    if (compact.contains("aws") && compact.contains("secret") || compact.contains("secretaccesskey")) {
      return new Target(Kind.AWS_SECRET_KEY, Policy.SECRET);
    }
    if (compact.contains("twilio") && (compact.contains("token") || compact.contains("secret"))) {
      return new Target(Kind.TWILIO_KEY, Policy.SECRET);
    }
    if (compact.contains("password") || compact.contains("passwd") || compact.contains("passphrase")
        || compact.contains("passcode") || compact.endsWith("pass") || compact.endsWith("pwd")
        || compact.equals("pw") || compact.equals("auth") || compact.equals("authpw")
        || compact.endsWith("phpauthpw") || compact.endsWith("passwort") || compact.endsWith("contrasena")
        || compact.endsWith("motdepasse")) {
      return new Target(Kind.PASSWORD, Policy.PASSWORD);
    }
    for (String w : SECRET_WORDS) {
      if (compact.contains(w)) {
        // salts are typed or generated with blanks and punctuation: any non-placeholder value
        return new Target(Kind.GENERIC_SECRET, w.equals("salt") ? Policy.SALT : Policy.SECRET);
      }
    }
    return null;
  }

  /** {@code WORDPRESS_AUTH_KEY} (docker images), {@code WP_NONCE_SALT}: a WordPress salt by suffix. */
  private static boolean wpSaltSuffix(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replace('-', '_');
    for (String s : new String[] {"_AUTH_KEY", "_SECURE_AUTH_KEY", "_LOGGED_IN_KEY", "_NONCE_KEY",
        "_AUTH_SALT", "_SECURE_AUTH_SALT", "_LOGGED_IN_SALT", "_NONCE_SALT"}) {
      if (upper.endsWith(s) && (upper.startsWith("WORDPRESS_") || upper.startsWith("WP_"))) {
        return true;
      }
    }
    return false;
  }

  static String compact(String name) {
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Chars.isAlnum(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /**
   * The value starting at {@code from}: {@code {start, end, quoted, brokenOverLines}} or null.
   * Quoted values run to the closing quote (also across one line break); bare values stop at a
   * blank or a delimiter.
   */
  static int[] valueAfter(Scan scan, int from, String extraStops) {
    String t = scan.text;
    int n = scan.length;
    int v = from;
    int guard = 0;
    while (v < n && Chars.isSpace(t.charAt(v)) && guard++ < 8) {
      v++;
    }
    if (v >= n || Chars.isLineBreak(t.charAt(v))) {
      return null;
    }
    char q = t.charAt(v);
    if (q == '\\' && scan.at(v + 1) == '"') { // JSON inside a JSON string: \"value\"
      int s = v + 2;
      int e = s;
      int limit = Math.min(n, s + MAX_VALUE);
      while (e < limit && !(t.charAt(e) == '\\' && scan.at(e + 1) == '"') && !Chars.isLineBreak(t.charAt(e))) {
        e++;
      }
      return e < limit && t.charAt(e) == '\\' ? new int[] {s, e, 1, 0} : null;
    }
    if (q == '"' || q == '\'' || q == '`') {
      int s = v + 1;
      int e = closingQuote(t, s, q);
      if (e >= 0) {
        return new int[] {s, e, 1, 0};
      }
      int lineEnd = Chars.lineEnd(t, s, MAX_VALUE);
      int k = Chars.continuation(t, lineEnd);
      if (k >= 0) {
        int e2 = closingQuote(t, k, q);
        if (e2 >= 0 && e2 - s <= MAX_VALUE && lineEnd > s) {
          return new int[] {s, e2, 1, 1};
        }
      }
      return null;
    }
    int e = v;
    int limit = Math.min(n, v + MAX_VALUE);
    while (e < limit) {
      char c = t.charAt(e);
      if (Chars.isWhitespace(c) || c == '"' || c == '\'' || c == '<' || c == '>' || c == ','
          || c == ';' || c == ')' || c == ']' || c == '}' || c == '|' || c == '`'
          || c == '&' && nextParameter(t, e + 1) || extraStops.indexOf(c) >= 0) {
        break;
      }
      e++;
    }
    // a sentence-ending dot or comma is not part of the value
    while (e > v && (t.charAt(e - 1) == '.') && (e >= n || Chars.isWhitespace(t.charAt(e)))) {
      e--;
    }
    return e > v ? new int[] {v, e, 0, 0} : null;
  }

  /** Whether {@code name=} starts at {@code i}: the '&' before it separates query parameters. */
  private static boolean nextParameter(String t, int i) {
    int e = i;
    while (e < t.length() && e - i < 64 && (Chars.isWord(t.charAt(e)) || t.charAt(e) == '-'
        || t.charAt(e) == '[' || t.charAt(e) == ']' || t.charAt(e) == '.')) {
      e++;
    }
    return e > i && e < t.length() && t.charAt(e) == '=' || e == t.length() || e < t.length()
        && Chars.isWhitespace(t.charAt(e)) && e == i;
  }

  /** Index of the closing quote on the same line (backslash escapes skipped), or -1. */
  private static int closingQuote(String t, int s, char q) {
    int limit = Math.min(t.length(), s + MAX_VALUE);
    for (int e = s; e < limit; e++) {
      char c = t.charAt(e);
      if (c == '\\') {
        e++;
      } else if (c == q) {
        return e;
      } else if (Chars.isLineBreak(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** "my password is Tr0ub4dor&3", "the new password was: x", "with token c14e38…". */
  private static void prose(Scan scan) {
    String lower = scan.lower();
    String t = scan.text;
    for (String cue : new String[] {"token ", "secret ", "key "}) {
      for (int p : scan.hits(cue)) {
        if (p > 0 && Chars.isAlnum(lower.charAt(p - 1)) && !Chars.isUpper(t.charAt(p))
            && lower.charAt(p - 1) != '_') {
          continue; // "monkey " — but "applicationKey ", "api_key " are names
        }
        int w = p - 1;
        while (w >= 0 && lower.charAt(w) == ' ') {
          w--;
        }
        if (Chars.containsWithin(lower, w - 11, w + 1, "site") || Chars.containsWithin(lower, w - 11, w + 1, "public")
            || Chars.containsWithin(lower, w - 11, w + 1, "publishable")) {
          continue;
        }
        int v = p + cue.length();
        int e = v;
        int limit = Math.min(scan.length, v + MAX_VALUE);
        while (e < limit && (Chars.isTokenChar(t.charAt(e)) || t.charAt(e) == '.' || t.charAt(e) == '+'
            || t.charAt(e) == '/' || t.charAt(e) == '=')) {
          e++;
        }
        while (e > v && t.charAt(e - 1) == '.') {
          e--;
        }
        if (e - v >= 16 && Values.looksLikeSecret(t.substring(v, e))) {
          scan.add(Kind.GENERIC_SECRET, v, e);
        }
      }
    }
    for (int p : scan.hits("password")) {
      int e = p + 8;
      if (scan.at(e) == 's') {
        e++;
      }
      int v;
      if (lower.startsWith(" is ", e)) {
        v = e + 4;
      } else if (lower.startsWith(" was ", e)) {
        v = e + 5;
      } else if (scan.at(e) == ' ' && scan.at(e + 1) != ' ') {
        v = e + 1; // "… and password Yarn4Ever!2024": a typed value right after the word
      } else {
        continue;
      }
      if (lower.startsWith("now ", v)) {
        v += 4;
      }
      if (scan.at(v) == ':') {
        v++;
      }
      int[] value = valueAfter(scan, v, "");
      if (value == null) {
        continue;
      }
      String s = Values.stripTrailing(t.substring(value[0], value[1]));
      if (value[2] == 0 && !typedPassword(s)) {
        continue;
      }
      int end = value[0] + s.length();
      if (Values.looksLikePassword(s, value[2] == 1)) {
        scan.add(Kind.PASSWORD, value[0], end);
      }
    }
  }

  /** "user acmecand_wp pass Cp-Db!2019x", "login: admin / Wick&Wax-2024!", mysql {@code -p'pw'}. */
  private static void shortForms(Scan scan) {
    String lower = scan.lower();
    String t = scan.text;
    for (String cue : new String[] {" pass ", " pw ", " pwd ", " passwd "}) {
      for (int p : scan.hits(cue)) {
        typedValue(scan, p + cue.length());
      }
    }
    for (int p : scan.hits(" / ")) {
      int ls = Chars.lineStart(t, p, 120);
      boolean login = Chars.containsWithin(lower, ls, p, "user") || Chars.containsWithin(lower, ls, p, "login");
      int u = p - 1;
      while (u > ls && !Chars.isWhitespace(t.charAt(u))) {
        u--;
      }
      if (login && p - u > 2 && p - u < 40) {
        typedValue(scan, p + 3);
      }
    }
    for (String cue : new String[] {" -p'", " -p\"", " -p"}) {
      for (int p : scan.hits(cue)) {
        int ls = Chars.lineStart(t, p, 200);
        if (!(Chars.containsWithin(lower, ls, p, "mysql") || Chars.containsWithin(lower, ls, p, "mariadb"))) {
          continue;
        }
        int v = p + 3; // after " -p": the quote (if any) is read by valueAfter
        if (scan.at(v) == ' ' || scan.at(v) == '\0') {
          continue;
        }
        int[] value = valueAfter(scan, v, "");
        if (value != null && Values.looksLikePassword(t.substring(value[0], value[1]), true)) {
          scan.add(Kind.PASSWORD, value[0], value[1]);
        }
      }
    }
  }

  private static void typedValue(Scan scan, int v) {
    int[] value = valueAfter(scan, v, "");
    if (value == null) {
      return;
    }
    String s = Values.stripTrailing(scan.text.substring(value[0], value[1]));
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      letter |= Chars.isLetter(s.charAt(i));
    }
    if (s.length() >= 6 && letter && (value[2] == 1 || typedPassword(s)) && Values.looksLikePassword(s, value[2] == 1)) {
      scan.add(Kind.PASSWORD, value[0], value[0] + s.length());
    }
  }

  /**
   * A lone token on the line after one that ends with a secret's name: {@code wp config get
   * DB_PASSWORD} then the password; "Consumer secret" then the secret (screenshots).
   */
  private static void nextLineValues(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    int[] lines = scan.lineStarts();
    for (int k = 0; k < lines.length; k++) {
      int ls = lines[k];
      int le = scan.lineEndAt(k);
      if (le > ls && t.charAt(le - 1) == '\r') {
        le--;
      }
      int e = le;
      while (e > ls && (Chars.isSpace(t.charAt(e - 1)) || t.charAt(e - 1) == ';' || t.charAt(e - 1) == ')'
          || t.charAt(e - 1) == '"' || t.charAt(e - 1) == '\'' || t.charAt(e - 1) == ':')) {
        e--;
      }
      int s = e;
      if (!Scan.anyIn(scan.hits("triggers", TRIGGERS), Math.max(ls, e - MAX_NAME), e)) {
        s = e; // the line does not end with a secret's name
      } else {
        while (s > ls && e - s < MAX_NAME && (isNameChar(t.charAt(s - 1)))) {
          s--;
        }
      }
      int next = le + 1;
      if (next < n && t.charAt(le) == '\r' && t.charAt(next) == '\n') {
        next++;
      }
      if (e - s >= 3 && next < n) {
        Target target = classify(scan, s, e);
        if (target != null) {
          int ne = Chars.lineEnd(t, next, MAX_VALUE + 1);
          int vs = next;
          while (vs < ne && Chars.isSpace(t.charAt(vs))) {
            vs++;
          }
          int ve = ne;
          while (ve > vs && Chars.isSpace(t.charAt(ve - 1))) {
            ve--;
          }
          boolean single = ve > vs && ve - vs <= MAX_VALUE;
          for (int i = vs; i < ve && single; i++) {
            single = !Chars.isWhitespace(t.charAt(i)) || target.policy() == Policy.SALT;
          }
          if (single) {
            accept(scan, target, new int[] {vs, ve, 1, 0});
          }
        }
      }
    }
  }

  /** An unquoted word in prose is a password only if it does not read like a word. */
  private static boolean typedPassword(String s) {
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isDigit(c) || !Chars.isLetter(c) || i > 0 && Chars.isUpper(c) && lower) {
        return true;
      }
      lower |= Chars.isLower(c);
    }
    return false;
  }

  /** CLI flags with a blank before the value: {@code --password hunter2}, {@code --token abc}. */
  private static void flags(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    for (int p : scan.hits("--")) {
      if (p + 2 >= n) {
        break;
      }
      if (p > 0 && (t.charAt(p - 1) == '-' || Chars.isWord(t.charAt(p - 1)))) {
        continue;
      }
      int s = p + 2;
      if (!Chars.isLetter(scan.at(s))) {
        continue;
      }
      int e = s;
      while (e < n && e - s < MAX_NAME && (Chars.isAlnum(t.charAt(e)) || t.charAt(e) == '-'
          || t.charAt(e) == '_')) {
        e++;
      }
      if (scan.at(e) != ' ' || scan.at(e + 1) == '-') {
        continue;
      }
      Target target = classify(scan, s, e);
      if (target == null) {
        continue;
      }
      int[] value = valueAfter(scan, e + 1, "");
      if (value != null) {
        accept(scan, target, value);
      }
    }
  }
}
