package io.incidentbot.redaction;

import java.util.Set;

/**
 * Phone numbers: international ({@code +44 20 7946 0958}, {@code +1 (415) 555-0132}), North
 * American ({@code (415) 555-0132}, {@code 415-555-0132}, {@code 415.555.0132}), UK national
 * ({@code 020 7946 0958}, {@code 07700 900123}) and any 7–15 digit number right after a phone
 * label (phone, tel, mobile, cell, WhatsApp, fax, "call me on"). Not phones: dates, times, IPs,
 * versions, order ids, byte counts and Unix timestamps (no label, no phone shape).
 */
final class PhoneDetector implements Detector {

  private static final Set<String> SHAPES = Chars.setOf(
      "(ddd) ddd-dddd", "(ddd)ddd-dddd", "(ddd) ddd dddd", "(ddd) ddd.dddd", "ddd-ddd-dddd",
      "ddd.ddd.dddd", "d-ddd-ddd-dddd", "d (ddd) ddd-dddd", "d.ddd.ddd.dddd", "d ddd ddd dddd",
      "d (ddd) ddd dddd");

  /** UK national shapes, only with a leading 0. */
  private static final Set<String> UK_SHAPES = Chars.setOf(
      "ddddd dddddd", "dddd ddd dddd", "ddd dddd dddd", "ddddd ddd ddd", "dddd dddddd", "(ddddd) dddddd",
      "(ddddd) ddd ddd", "(dddd) ddd dddd", "(ddd) dddd dddd", "(dddd) dddddd");

  private static final String[] LABELS = {
      "phone", "tel", "mobile", "cell", "whatsapp", "call me", "call us", "call on", "ring me",
      "text me", "sms", "fax", "mob:", "mob.", "ph:", "ph.", "handy", "contact no", "landline", "ring ",
      "cell:", "reach me", "number is", "tel.", "numéro", "telefono", "teléfono", "mobil", "tél",
      "telefoon", "puhelin", "cellulare"};

  private static final int MAX_RUN = 24;

  @Override
  public void detect(Scan scan) {
    char[] t = scan.chars;
    int n = t.length;
    StringBuilder shape = new StringBuilder(MAX_RUN);
    int resume = 0;
    for (int ds : scan.boundaryDigitStarts()) {
      if (ds < resume) {
        continue;
      }
      int i = ds > 0 && (t[ds - 1] == '+' || t[ds - 1] == '(') ? ds - 1 : ds;
      boolean plus = t[i] == '+';
      if (!enoughDigits(t, ds)) {
        continue; // fewer than 7 digits ahead: "10:22:31", "#3", "HTTP 404"
      }
      char prev = i > 0 ? t[i - 1] : '\0';
      if (Chars.isAlnum(prev) || prev == '.' || prev == '/' || prev == '_' || prev == '+' || prev == '-'
          || prev == '#' || prev == '$') {
        continue;
      }
      // "phone=…", "Tel:+44…": fine with a label; "10:22:31", "x=42" are not phones
      boolean needsLabel = (prev == ':' || prev == '=') && !plus;
      int s = plus ? i + 1 : i;
      int e = s;
      int digits = 0;
      shape.setLength(0);
      if (plus) {
        shape.append('+');
      }
      while (e < n && e - i < MAX_RUN) {
        char d = t[e];
        if (Chars.isDigit(d)) {
          digits++;
          shape.append('d');
        } else if ((d == ' ' || d == '-' || d == '.') && e + 1 < n
            && (Chars.isDigit(t[e + 1]) || t[e + 1] == '(') && shape.length() > 0
            && shape.charAt(shape.length() - 1) != ' ') {
          shape.append(d);
        } else if (d == '(' || d == ')' && e + 1 < n && (t[e + 1] == ' ' || Chars.isDigit(t[e + 1]))) {
          shape.append(d);
        } else {
          break;
        }
        e++;
      }
      while (e > s && !Chars.isDigit(t[e - 1])) {
        e--;
        shape.setLength(shape.length() - 1);
      }
      char after = scan.at(e);
      if (Chars.isAlnum(after) || (after == '.' || after == ',' || after == ':') && Chars.isDigit(scan.at(e + 1))
          || after == '-' && Chars.isDigit(scan.at(e + 1))) {
        resume = skipRun(t, e);
        continue;
      }
      if (digits >= 7 && (needsLabel ? labelled(scan, i) && !dateOrVersion(shape.toString()) && digits <= 15
          : phone(scan, i, shape.toString(), digits, t[s]))) {
        scan.add(Kind.PHONE, i, e);
      }
      resume = e;
    }
  }

  /** At least 7 digits among phone-ish chars in the next {@value #MAX_RUN} chars. */
  private static boolean enoughDigits(char[] t, int d) {
    int digits = 0;
    for (int e = d, limit = Math.min(t.length, d + MAX_RUN); e < limit; e++) {
      char c = t[e];
      if (Chars.isDigit(c)) {
        if (++digits >= 7) {
          return true;
        }
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
        return false;
      }
    }
    return false;
  }

  private static int skipRun(char[] t, int i) {
    while (i < t.length && Chars.isDigit(t[i])) {
      i++;
    }
    return i;
  }

  private static boolean phone(Scan scan, int start, String shape, int digits, char firstDigit) {
    if (digits < 7 || digits > 15 || dateOrVersion(shape)) {
      return false;
    }
    if (shape.startsWith("+")) {
      return digits >= 8 && !shape.contains(".");
    }
    if (SHAPES.contains(shape) || firstDigit == '0' && (UK_SHAPES.contains(shape) || national(shape, digits))) {
      return true;
    }
    return labelled(scan, start);
  }

  /**
   * European national numbers with a trunk 0, grouped by blanks or dashes: "01 42 68 53 00",
   * "0151 23456789", "08-123 456 78", "030 901820".
   */
  private static boolean national(String shape, int digits) {
    if (digits < 9 || digits > 12 || shape.indexOf('.') >= 0 || shape.indexOf('(') >= 0) {
      return false;
    }
    int groups = 1;
    int first = shape.indexOf(' ');
    int dash = shape.indexOf('-');
    if (first < 0 || dash >= 0 && dash < first) {
      first = dash;
    }
    for (int i = 0; i < shape.length(); i++) {
      groups += shape.charAt(i) == ' ' || shape.charAt(i) == '-' ? 1 : 0;
    }
    return first >= 1 && first <= 5 && groups >= 2;
  }

  /** yyyy-mm-dd, dd.mm.yyyy, a.b.c.d and similar dotted or dashed short groups. */
  private static boolean dateOrVersion(String shape) {
    if (shape.startsWith("dddd-dddd")) {
      return true; // 2024-0119-7731: a dated reference
    }
    if (shape.startsWith("dddd-dd-dd") || shape.startsWith("dd.dd.dddd") || shape.startsWith("dd-dd-dddd")
        || shape.startsWith("dddd.dd.dd")) {
      return true;
    }
    int dots = 0;
    int maxGroup = 0;
    int group = 0;
    for (int i = 0; i < shape.length(); i++) {
      char c = shape.charAt(i);
      if (c == 'd') {
        maxGroup = Math.max(maxGroup, ++group);
      } else {
        dots += c == '.' ? 1 : 0;
        group = 0;
      }
    }
    return dots > 0 && maxGroup <= 3 && !shape.startsWith("ddd.ddd.dddd");
  }

  /** A phone label within 32 chars before {@code start} on the same line. */
  static boolean labelled(Scan scan, int start) {
    int from = Math.max(Chars.lineStart(scan.text, start, 32), start - 32);
    return Scan.anyIn(scan.hits("phone labels", LABELS), from, start - 2);
  }
}
