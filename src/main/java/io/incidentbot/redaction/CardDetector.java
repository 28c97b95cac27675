package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Payment cards: numbers of 13–19 digits that pass Luhn and start with a real issuer prefix
 * (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir), plain, spaced or dashed
 * in the usual groupings, also broken over two lines; then the expiry date and CVV next to a
 * number ({@code 4242… 12/27 123}, {@code 4242…|12|2027|123}) and after their labels
 * ({@code CVV: 123}, {@code card[exp_month]=12} when a card number or the word card is near).
 * Masked numbers ({@code **** 4242}) have too few digits and are left alone.
 */
final class CardDetector implements Detector {

  private static final int MAX_GROUPS = 12;
  private static final int NEAR = 200;

  @Override
  public void detect(Scan scan) {
    String t = scan.lower(); // digits, blanks and dashes read the same, faster
    int n = scan.length;
    List<int[]> cards = new ArrayList<>();
    int[] gs = new int[MAX_GROUPS];
    int[] ge = new int[MAX_GROUPS];
    boolean[] brokenBefore = new boolean[MAX_GROUPS];
    int[] digits = new int[32];
    int resume = 0;
    for (int i : scan.boundaryDigitStarts()) {
      if (i < resume) {
        continue;
      }
      char prev = scan.at(i - 1);
      if (Chars.isLetter(prev) || prev == '.' || prev == '_' || prev == '+'
          || prev == '/' || prev == '*' || prev == '$' || !thirteenDigits(scan.chars, i)) {
        continue;
      }
      // collect the groups of a cluster: digits separated by one blank or dash, or a line break
      int g = 0;
      int j = i;
      char sep = 0;
      while (g < MAX_GROUPS) {
        int s = j;
        while (j < n && Chars.isDigit(t.charAt(j)) && j - s < 20) {
          j++;
        }
        gs[g] = s;
        ge[g] = j;
        g++;
        if (j - s >= 20) {
          break;
        }
        char c = scan.at(j);
        if ((c == ' ' || c == '-') && (sep == 0 || sep == c) && Chars.isDigit(scan.at(j + 1))) {
          sep = c;
          j++;
          if (g < MAX_GROUPS) {
            brokenBefore[g] = false;
          }
          continue;
        }
        int k = Chars.continuation(t, j);
        if (k > 0 && Chars.isDigit(scan.at(k)) && g < MAX_GROUPS) {
          brokenBefore[g] = true;
          j = k;
          continue;
        }
        break;
      }
      int clusterEnd = ge[g - 1];
      boolean found = false;
      for (int a = 0; a < g && !found; a++) {
        for (int b = g - 1; b >= a && !found; b--) {
          int total = 0;
          for (int x = a; x <= b; x++) {
            total += ge[x] - gs[x];
          }
          if (total < 13 || total > 19) {
            continue;
          }
          int count = 0;
          boolean broken = false;
          for (int x = a; x <= b && count < 32; x++) {
            broken |= x > a && brokenBefore[x];
            for (int y = gs[x]; y < ge[x] && count < 32; y++) {
              digits[count++] = t.charAt(y) - '0';
            }
          }
          if (count < 13 || count > 19) {
            continue;
          }
          char after = scan.at(ge[b]);
          if (Chars.isLetter(after) || after == '_' || (after == '.' || after == ',')
              && Chars.isDigit(scan.at(ge[b] + 1))) {
            continue;
          }
          if (!broken && !grouping(gs, ge, a, b)) {
            continue;
          }
          if (issuer(digits, count) && Chars.luhn(digits, count)) {
            scan.add(Kind.CARD_NUMBER, gs[a], ge[b]);
            cards.add(new int[] {gs[a], ge[b]});
            trailing(scan, ge[b]);
            found = true;
          }
        }
      }
      resume = clusterEnd;
    }
    labelled(scan, cards);
  }

  /** Quick reject: 13 digits among digits, blanks, dashes and line breaks within 40 chars. */
  private static boolean thirteenDigits(char[] t, int i) {
    int digits = 0;
    for (int e = i, limit = Math.min(t.length, i + 40); e < limit; e++) {
      char c = t[e];
      if (Chars.isDigit(c)) {
        if (++digits >= 13) {
          return true;
        }
      } else if (c != ' ' && c != '-' && c != '\n' && c != '\r' && c != '>' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  /** 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners) or one unbroken run. */
  private static boolean grouping(int[] gs, int[] ge, int a, int b) {
    if (a == b) {
      return true;
    }
    int groups = b - a + 1;
    int first = ge[a] - gs[a];
    if (groups == 3 && first == 4 && ge[a + 1] - gs[a + 1] == 6) {
      int last = ge[b] - gs[b];
      return last == 5 || last == 4;
    }
    if (first != 4) {
      return false;
    }
    for (int x = a + 1; x < b; x++) {
      if (ge[x] - gs[x] != 4) {
        return false;
      }
    }
    int last = ge[b] - gs[b];
    return last >= 1 && last <= 4;
  }

  static boolean issuer(int[] d, int n) {
    int p1 = d[0];
    int p2 = p1 * 10 + d[1];
    int p3 = p2 * 10 + d[2];
    int p4 = p3 * 10 + d[3];
    int p6 = p4 * 100 + d[4] * 10 + d[5];
    if (p1 == 4) {
      return n == 13 || n == 16 || n == 19;
    }
    if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
      return n == 16;
    }
    if (p2 == 34 || p2 == 37) {
      return n == 15;
    }
    if (n < 14) {
      return false;
    }
    return p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65                  // Discover
        || p2 == 62 || p6 >= 622126 && p6 <= 622925                          // UnionPay
        || p2 == 36 || p3 >= 300 && p3 <= 305 || p4 == 3095 || p2 == 38 || p2 == 39 // Diners
        || p4 >= 3528 && p4 <= 3589                                          // JCB
        || p2 == 50 || p2 >= 56 && p2 <= 69                                  // Maestro
        || p4 >= 2200 && p4 <= 2204;                                         // Mir
  }

  /** Expiry and CVV right after a card number on the same line. */
  private static void trailing(Scan scan, int from) {
    String t = scan.text;
    int i = from;
    int limit = Math.min(scan.length, from + 64);
    boolean sawExpiry = false;
    boolean cvvLabel = false;
    boolean pipes = false;
    for (int tokens = 0; tokens < 6 && i < limit; tokens++) {
      int guard = 0;
      while (i < limit && guard++ < 6) {
        char c = t.charAt(i);
        if (c == '|') {
          pipes = true;
        } else if (!(c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '/' || c == '-'
            || c == '(' || c == ')' || c == '=')) {
          break;
        }
        i++;
      }
      if (i >= limit) {
        return;
      }
      if (Chars.isLetter(t.charAt(i))) {
        int w = i;
        while (w < limit && (Chars.isLetter(t.charAt(w)) || Chars.isDigit(t.charAt(w)) && w > i)) {
          w++;
        }
        String word = scan.lower().substring(i, w);
        if (word.startsWith("cvv") || word.startsWith("cvc") || word.equals("csc") || word.equals("cvn")
            || word.equals("code") || word.equals("security")) {
          cvvLabel = true;
        } else if (!(word.startsWith("exp") || word.equals("valid") || word.equals("thru")
            || word.equals("date") || word.equals("mm") || word.equals("yy") || word.equals("end")
            || word.equals("until"))) {
          return;
        }
        i = w;
        continue;
      }
      if (!Chars.isDigit(t.charAt(i))) {
        return;
      }
      int e = i;
      while (e < limit && Chars.isDigit(t.charAt(e))) {
        e++;
      }
      int len = e - i;
      int month = len <= 2 ? Integer.parseInt(t.substring(i, e)) : -1;
      if (!sawExpiry && month >= 1 && month <= 12 && (scan.at(e) == '/' || scan.at(e) == '|'
          || scan.at(e) == ' ' || scan.at(e) == '-')) {
        int y = e + 1;
        if (scan.at(e) == ' ' && scan.at(e + 1) == '/') {
          y = e + 2;
        }
        while (y < limit && scan.at(y) == ' ' && scan.at(e) != ' ') {
          y++;
        }
        int ye = y;
        while (ye < limit && Chars.isDigit(t.charAt(ye))) {
          ye++;
        }
        if ((ye - y == 2 || ye - y == 4 && t.startsWith("20", y)) && !Chars.isDigit(scan.at(ye))
            && (scan.at(e) != ' ' || pipes)) {
          scan.add(Kind.CARD_EXPIRY, i, ye);
          sawExpiry = true;
          i = ye;
          continue;
        }
      }
      if ((len == 3 || len == 4) && (sawExpiry || cvvLabel) && !Chars.isLetter(scan.at(e))) {
        scan.add(Kind.CARD_CVV, i, e);
      }
      return;
    }
  }

  /** CVV after its label anywhere; expiry after its label when a card number or "card" is near. */
  private static void labelled(Scan scan, List<int[]> cards) {
    String lower = scan.lower();
    for (String label : new String[] {"cvv", "cvc", "csc", "cvn", "security code", "card code",
        "verification code", "card verification"}) {
      for (int p : scan.hits(label)) {
        if (p > 0 && Chars.isLetter(lower.charAt(p - 1))) {
          continue;
        }
        int i = p + label.length();
        if (scan.at(i) == '2') {
          i++;
        }
        if (Chars.isLetter(scan.at(i))) {
          continue;
        }
        int d = skipTo(scan, i, 14);
        if (d < 0) {
          continue;
        }
        int e = d;
        while (e < scan.length && Chars.isDigit(scan.at(e))) {
          e++;
        }
        if ((e - d == 3 || e - d == 4) && !Chars.isAlnum(scan.at(e))
            && (label.length() <= 3 || label.startsWith("card") || near(cards, p) || nearWord(lower, p, "card"))) {
          scan.add(Kind.CARD_CVV, d, e);
        }
      }
    }
    for (String label : new String[] {"exp", "valid thru", "valid through", "good thru"}) {
      for (int p : scan.hits(label)) {
        if (p > 0 && Chars.isLetter(lower.charAt(p - 1))) {
          continue;
        }
        boolean cardNear = near(cards, p);
        if (!cardNear && !Chars.containsWithin(lower, p - 24, p, "card")) {
          continue;
        }
        int w = p + label.length();
        while (w < scan.length && w - p < 24 && (Chars.isLetter(scan.at(w)) || scan.at(w) == '_'
            || scan.at(w) == ' ' && Chars.isLetter(scan.at(w + 1)))) {
          w++;
        }
        String word = lower.substring(p, w);
        int d = skipTo(scan, w, 10);
        if (d < 0) {
          continue;
        }
        int e = dateEnd(scan, d);
        if (Chars.isAlnum(scan.at(e))) {
          continue;
        }
        String date = scan.text.substring(d, e);
        if ((cardNear || date.indexOf('/') > 0) && expiry(date, word)) {
          scan.add(Kind.CARD_EXPIRY, d, e);
        }
      }
    }
  }

  /** End of "12/27", "12 / 2027", "12-27", "1227" or a lone number starting at {@code d}. */
  private static int dateEnd(Scan scan, int d) {
    int e = d;
    while (Chars.isDigit(scan.at(e)) && e - d < 4) {
      e++;
    }
    int k = e;
    while (scan.at(k) == ' ' && k - e < 2) {
      k++;
    }
    if (scan.at(k) == '/' || scan.at(k) == '-') {
      k++;
      while (scan.at(k) == ' ' && k - e < 4) {
        k++;
      }
      int y = k;
      while (Chars.isDigit(scan.at(k)) && k - y < 4) {
        k++;
      }
      if (k > y) {
        return k;
      }
    }
    return e;
  }

  /** MM/YY, MM/YYYY, MM-YY, MMYY; a lone month or year when the label says which. */
  static boolean expiry(String v, String label) {
    String s = v.replace(" ", "");
    int slash = Math.max(s.indexOf('/'), s.indexOf('-'));
    if (slash > 0) {
      String m = s.substring(0, slash);
      String y = s.substring(slash + 1);
      return m.length() <= 2 && month(m) && (y.length() == 2 || y.length() == 4 && y.startsWith("20"));
    }
    if (label.contains("month")) {
      return s.length() <= 2 && month(s);
    }
    if (label.contains("year")) {
      return s.length() == 2 || s.length() == 4 && s.startsWith("20");
    }
    return s.length() == 4 && month(s.substring(0, 2));
  }

  private static boolean month(String m) {
    if (m.isEmpty() || m.length() > 2) {
      return false;
    }
    for (int i = 0; i < m.length(); i++) {
      if (!Chars.isDigit(m.charAt(i))) {
        return false;
      }
    }
    int v = Integer.parseInt(m);
    return v >= 1 && v <= 12;
  }

  /** First digit within {@code max} chars of label punctuation ({@code :=]" '#}), else -1. */
  private static int skipTo(Scan scan, int i, int max) {
    int limit = Math.min(scan.length, i + max);
    while (i < limit) {
      char c = scan.at(i);
      if (Chars.isDigit(c)) {
        return i;
      }
      if (!(c == ' ' || c == '\t' || c == ':' || c == '=' || c == ']' || c == '[' || c == '"' || c == '\''
          || c == '#' || c == '-' || c == '>' || c == 'i' || c == 's' || c == '(' || c == ')' || c == '.')) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /** Whether a card number lies within {@value #NEAR} chars of {@code p} (cards are in text order). */
  private static boolean near(List<int[]> cards, int p) {
    int lo = 0;
    int hi = cards.size() - 1;
    while (lo <= hi) { // first card ending at or after p - NEAR
      int mid = (lo + hi) >>> 1;
      if (cards.get(mid)[1] < p - NEAR) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < cards.size() && cards.get(lo)[0] <= p + NEAR;
  }

  private static boolean nearWord(String lower, int p, String word) {
    return Chars.containsWithin(lower, p - 60, p + word.length() + 20, word);
  }
}
