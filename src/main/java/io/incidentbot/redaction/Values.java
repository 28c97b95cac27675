package io.incidentbot.redaction;

import java.util.Locale;
import java.util.Set;

/** Judging a value found next to a keyword: placeholder, reference, word or real secret. */
final class Values {
  private Values() {}

  /** Words that follow "password:" in prose and messages rather than a password. */
  private static final Set<String> WORDS = Chars.setOf(
      "incorrect", "invalid", "required", "reset", "changed", "updated", "expired", "wrong",
      "missing", "empty", "protected", "hidden", "none", "null", "nil", "not", "set", "unset", "yes",
      "no", "true", "false", "ok", "okay", "weak", "strong", "medium", "short", "long", "too", "is",
      "was", "field", "must", "should", "the", "a", "an", "your", "my", "our", "their", "for", "to",
      "of", "and", "or", "please", "see", "enter", "type", "same", "new", "old", "this", "that",
      "with", "without", "undefined", "n/a", "na", "blank", "default", "required.", "sent",
      "accepted", "rejected", "failed", "mismatch", "verified", "match", "matches", "login",
      "protected.", "unknown", "error", "changed.", "reset.", "redacted", "removed", "hash",
      "hashed", "encrypted", "stored", "saved", "generated", "provided", "supplied", "given",
      "length", "strength", "policy", "authentication", "auth", "user", "username", "admin",
      "string", "text", "bool", "boolean", "int", "integer", "array", "object", "str", "varchar",
      "basic", "bearer", "digest", "oauth", "oauth2", "jwt", "apikey", "api_key", "cookie", "session",
      "nonce", "hmac", "ntlm", "kerberos", "saml", "sso", "ldap", "form", "header", "query");

  static boolean isPlaceholder(String v) {
    if (v.isEmpty()) {
      return true;
    }
    if (v.length() > 1 && Chars.allSame(v, 0, v.length())) {
      return true;
    }
    String l = v.toLowerCase(Locale.ROOT);
    if ((l.startsWith("<") && l.endsWith(">")) || l.startsWith("${") || l.startsWith("{{")
        || l.startsWith("%") && l.endsWith("%") || l.startsWith("[redacted") || l.startsWith("[hidden")
        || l.startsWith("(hidden") || l.startsWith("[filtered") || l.startsWith("[removed")) {
      return true;
    }
    if (l.contains("your_") || l.contains("your-") || l.contains("yourpassword") || l.contains("your ")
        || l.contains("xxxx") || l.contains("****") || l.contains("placeholder")
        || l.contains("redacted") || l.contains("replace_me") || l.contains("replace-me")
        || l.contains("changeme") && l.length() <= 9 || l.contains("unique phrase")
        || l.contains("example") || l.contains("dummy") || l.contains("_here") || l.contains("-here")
        || l.contains("…")) {
      return true;
    }
    int masked = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '*' || c == '\u2022' || c == '\u25cf' || c == 'x' || c == 'X') {
        masked++;
      }
    }
    return masked * 2 >= v.length() && v.length() >= 4;
  }

  /** A value that names where the secret lives rather than the secret itself. */
  static boolean isReference(String v) {
    if (v.startsWith("$") || v.startsWith("@") && v.indexOf('@', 1) < 0) {
      return true;
    }
    String l = v.toLowerCase(Locale.ROOT);
    return v.contains("(") || l.startsWith("process.env") || l.startsWith("os.environ")
        || l.startsWith("env:") || l.startsWith("env[") || l.startsWith("getenv")
        || l.startsWith("secrets.") || l.startsWith("vault:") || l.startsWith("arn:");
  }

  static boolean isWord(String v) {
    return WORDS.contains(v.toLowerCase(Locale.ROOT));
  }

  /** A password value: anything typed by a person, except placeholders, references and prose. */
  static boolean looksLikePassword(String v, boolean quoted) {
    if (v.length() < 3 || v.length() > 512 || isPlaceholder(v) || isReference(v)) {
      return false;
    }
    if (!quoted && isWord(stripTrailing(v))) {
      return false;
    }
    // a path (PWD=/var/www) or a URL is not a password
    return !(v.startsWith("/") && v.indexOf('/', 1) > 0) && !v.contains("://");
  }

  /** A generated secret: long, no blanks, mixed character classes, enough entropy. */
  static boolean looksLikeSecret(String v) {
    int len = v.length();
    if (len < 12 || len > 4096 || isPlaceholder(v) || isReference(v) || v.contains("://")) {
      return false;
    }
    if (v.startsWith("/") || v.startsWith("./") || v.startsWith("~/")) {
      return false;
    }
    int digits = 0;
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < len; i++) {
      char c = v.charAt(i);
      if (Chars.isWhitespace(c)) {
        return false;
      }
      if (Chars.isDigit(c)) {
        digits++;
      } else if (Chars.isUpper(c)) {
        upper++;
      } else if (Chars.isLower(c)) {
        lower++;
      }
    }
    int letters = upper + lower;
    if (digits == len || letters == 0) {
      return false;
    }
    if (digits == 0 && (upper == 0 || lower == 0)) {
      return false; // snake_case_words or CONSTANT_NAMES
    }
    if (digits == 0 && len < 20) {
      return false; // CamelCaseWords
    }
    return Chars.entropy(v, 0, len) >= 3.0;
  }

  /**
   * A WordPress-style salt: long, random, any printable chars including blanks — but not a row of
   * columns ("15   15   100.0%") or a sentence.
   */
  static boolean looksLikeSalt(String v) {
    if (v.length() < 16 || isPlaceholder(v) || v.contains("  ") || v.indexOf('\t') >= 0) {
      return false;
    }
    boolean letter = false;
    int spaces = 0;
    for (int i = 0; i < v.length(); i++) {
      letter |= Chars.isLetter(v.charAt(i));
      spaces += v.charAt(i) == ' ' ? 1 : 0;
    }
    return letter && spaces * 8 < v.length() && Chars.entropy(v, 0, v.length()) >= 3.5;
  }

  static String stripTrailing(String v) {
    int e = v.length();
    while (e > 0 && (v.charAt(e - 1) == '.' || v.charAt(e - 1) == ',')) {
      e--;
    }
    return v.substring(0, e);
  }
}
