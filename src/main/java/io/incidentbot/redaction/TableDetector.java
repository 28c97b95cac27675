package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Columns of tables: CSV exports (orders, customers, IAM credentials), SQL client output
 * ({@code | display_name |} with {@code +----+} rules) and tab-separated dumps. A header row names
 * the columns; cells under a personal or secret column are redacted in the rows that follow
 * (names, street addresses, phones, passwords, keys). Two-cell rows are read as key/value pairs
 * ({@code | billing_address_1 | 3 Orchard Close |}). A header is recognised only on a line made of
 * plain words and delimiters, so ordinary log lines cost one short look.
 */
final class TableDetector implements Detector {

  private static final int MAX_LINE = 4096;

  /** What a column holds. */
  record Column(Kind kind, KeywordSecretDetector.Target secret) {}

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    Column[] columns = null;
    char delimiter = 0;
    int[] lines = scan.lineStarts();
    int[] pipes = scan.hits("|");
    int[] tabs = scan.hits("\t");
    boolean previousInTable = false; // a header starts a table: a row inside one never names columns
    for (int k = 0; k < lines.length; k++) {
      int ls = lines[k];
      int le = scan.lineEndAt(k);
      if (ls >= n) {
        break;
      }
      int ce = le > ls && t.charAt(le - 1) == '\r' ? le - 1 : le;
      if (columns == null && !Scan.anyIn(pipes, ls, ce) && !Scan.anyIn(tabs, ls, ce)
          && !csvHeaderStart(scan.chars, ls, ce)) {
        continue; // not in a table, and cannot start one
      }
      if (ce - ls <= MAX_LINE) {
        if (columns != null) {
          if (rule(t, ls, ce)) {
            // +----+----+ between header and rows
          } else if (count(t, ls, ce, delimiter) >= 1) {
            row(scan, ls, ce, delimiter, columns);
          } else {
            columns = null;
          }
        }
        if (columns == null) {
          char d = headerDelimiter(t, ls, ce);
          if (d != 0) {
            Column[] c = previousInTable ? null : header(scan, ls, ce, d);
            if (c != null) {
              columns = c;
              delimiter = d;
            } else {
              keyValue(scan, ls, ce, d);
            }
          }
        }
      } else {
        columns = null;
      }
      previousInTable = Scan.anyIn(pipes, ls, ce) || Scan.anyIn(tabs, ls, ce);
    }
  }

  /** Plain words and commas up to the second comma: "order_id,date,billing_first_name,…". */
  private static boolean csvHeaderStart(char[] cs, int s, int e) {
    int commas = 0;
    for (int i = s; i < e; i++) {
      char c = cs[i];
      if (c == ',') {
        if (++commas == 2) {
          return true;
        }
      } else if (!(Chars.isLetter(c) || c == '_' || c == ' ' || c == '"' || c == '-' || c == '.'
          || Chars.isDigit(c) && i > s && (Chars.isLetter(cs[i - 1]) || cs[i - 1] == '_') || c > 127)) {
        return false;
      }
    }
    return false;
  }

  private static boolean rule(String t, int s, int e) {
    int i = s;
    while (i < e && Chars.isSpace(t.charAt(i))) {
      i++;
    }
    if (i >= e || t.charAt(i) != '+' && t.charAt(i) != '-' && t.charAt(i) != '|') {
      return false;
    }
    for (int k = i; k < e; k++) {
      char c = t.charAt(k);
      if (c != '+' && c != '-' && c != '|' && c != ' ' && c != ':' && c != '=') {
        return false;
      }
    }
    return true;
  }

  private static int count(String t, int s, int e, char d) {
    int c = 0;
    for (int i = s; i < e; i++) {
      if (t.charAt(i) == d) {
        c++;
      }
    }
    return c;
  }

  /** The delimiter of a line that could be a header or a key/value row, else 0. */
  private static char headerDelimiter(String t, int s, int e) {
    int pipes = 0;
    int commas = 0;
    int tabs = 0;
    int letters = 0;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c == '|') {
        pipes++;
      } else if (c == ',') {
        commas++;
      } else if (c == '\t') {
        tabs++;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    if (letters == 0) {
      return 0;
    }
    if (pipes >= 2) {
      return '|';
    }
    if (tabs >= 1 && commas == 0) {
      return '\t';
    }
    return commas >= 2 ? ',' : 0;
  }

  /** Cells of a row: {start, end} pairs, quotes stripped, blanks trimmed. */
  static List<int[]> cells(String t, int s, int e, char d) {
    List<int[]> out = new ArrayList<>();
    int i = s;
    if (d == '|') {
      while (i < e && Chars.isSpace(t.charAt(i))) {
        i++;
      }
      if (i < e && t.charAt(i) == '|') {
        i++;
      }
    }
    while (i <= e) {
      int cs = i;
      boolean quoted = false;
      int j = i;
      while (j < e && (quoted || t.charAt(j) != d)) {
        if (t.charAt(j) == '"' && d == ',') {
          quoted = !quoted;
        }
        j++;
      }
      int a = cs;
      int b = j;
      while (a < b && Chars.isSpace(t.charAt(a))) {
        a++;
      }
      while (b > a && Chars.isSpace(t.charAt(b - 1))) {
        b--;
      }
      if (b - a >= 2 && t.charAt(a) == '"' && t.charAt(b - 1) == '"') {
        a++;
        b--;
      }
      out.add(new int[] {a, b});
      if (j >= e) {
        break;
      }
      i = j + 1;
      if (d == '|' && i >= e) {
        break;
      }
    }
    if (d == '|' && !out.isEmpty() && out.get(out.size() - 1)[0] >= out.get(out.size() - 1)[1]) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static Column[] header(Scan scan, int s, int e, char d) {
    String t = scan.text;
    for (int i = s; i < e; i++) { // headers are plain words: no values, no markup
      char c = t.charAt(i);
      if (c == ':' || c == '=' || c == '{' || c == '[' || c == '@' || c == '<' || Chars.isDigit(c)
          && !(i > s && Chars.isLetter(t.charAt(i - 1)) || i > s && t.charAt(i - 1) == '_')) {
        return null;
      }
    }
    List<int[]> cells = cells(t, s, e, d);
    if (cells.size() < 2 || cells.size() == 2 && !identifier(t, cells.get(1))) {
      return null; // "| first_name | Kate |" is a key/value row, not a header
    }
    Column[] cols = new Column[cells.size()];
    boolean any = false;
    boolean customerTable = false;
    for (int[] c : cells) {
      String h = KeywordSecretDetector.compact(t.substring(c[0], c[1]));
      customerTable |= h.contains("email") || h.contains("phone") || h.contains("address");
    }
    for (int k = 0; k < cells.size(); k++) {
      int[] c = cells.get(k);
      if (c[1] - c[0] > 48) {
        return null;
      }
      cols[k] = classify(t.substring(c[0], c[1]), customerTable);
      any |= cols[k] != null;
    }
    return any ? cols : null;
  }

  /** A header-like cell: lower-case words joined by _ or blanks ("meta_value", "user email"). */
  private static boolean identifier(String t, int[] cell) {
    for (int i = cell[0]; i < cell[1]; i++) {
      char c = t.charAt(i);
      if (!(Chars.isLower(c) || Chars.isDigit(c) || c == '_' || c == ' ' || c == '-')) {
        return false;
      }
    }
    return cell[1] > cell[0];
  }

  static Column classify(String header, boolean customerTable) {
    String h = KeywordSecretDetector.compact(header);
    if (h.isEmpty() || h.contains("id") && h.endsWith("id") || h.endsWith("status") || h.endsWith("date")
        || h.endsWith("city") || h.endsWith("country") || h.endsWith("postcode") || h.endsWith("state")) {
      return null;
    }
    for (String x : new String[] {"firstname", "lastname", "fullname", "displayname", "customername",
        "nameoncard", "cardholder", "cardholdername", "recipientname", "contactname", "surname",
        "givenname", "familyname", "billingname", "shippingname"}) {
      if (h.endsWith(x)) {
        return new Column(Kind.PERSON_NAME, null);
      }
    }
    if (h.equals("name") && customerTable) {
      return new Column(Kind.PERSON_NAME, null);
    }
    for (String x : new String[] {"address1", "address2", "addressline1", "addressline2", "streetaddress",
        "street", "billingaddress", "shippingaddress"}) {
      if (h.endsWith(x)) {
        return new Column(Kind.STREET_ADDRESS, null);
      }
    }
    if (h.equals("address") && customerTable) {
      return new Column(Kind.STREET_ADDRESS, null);
    }
    for (String x : new String[] {"phone", "telephone", "mobile", "phonenumber", "tel", "cell"}) {
      if (h.endsWith(x)) {
        return new Column(Kind.PHONE, null);
      }
    }
    if (h.equals("userpass")) {
      return null; // hashes: the hash detector names them
    }
    KeywordSecretDetector.Target target = KeywordSecretDetector.classify(header);
    return target == null ? null : new Column(target.kind(), target);
  }

  private static void row(Scan scan, int s, int e, char d, Column[] cols) {
    List<int[]> cells = cells(scan.text, s, e, d);
    if (Math.abs(cells.size() - cols.length) > 1) {
      return;
    }
    for (int k = 0; k < cells.size() && k < cols.length; k++) {
      if (cols[k] != null) {
        emit(scan, cols[k], cells.get(k));
      }
    }
  }

  /** {@code | billing_address_1 | 3 Orchard Close |}, {@code $_SERVER['PHP_AUTH_PW']<TAB>…}. */
  private static void keyValue(Scan scan, int s, int e, char d) {
    if (d == ',') {
      return;
    }
    List<int[]> cells = cells(scan.text, s, e, d);
    if (cells.size() != 2 || cells.get(0)[1] - cells.get(0)[0] > 64) {
      return;
    }
    String key = scan.text.substring(cells.get(0)[0], cells.get(0)[1]);
    String lower = key.toLowerCase(Locale.ROOT);
    boolean customer = lower.contains("billing") || lower.contains("shipping") || lower.contains("customer")
        || lower.contains("first_name") || lower.contains("last_name") || lower.startsWith("_");
    Column c = classify(key, customer);
    if (c != null) {
      emit(scan, c, cells.get(1));
    }
  }

  private static void emit(Scan scan, Column col, int[] cell) {
    if (cell[1] <= cell[0]) {
      return;
    }
    String v = scan.text.substring(cell[0], cell[1]);
    if (col.secret() != null) {
      KeywordSecretDetector.accept(scan, col.secret(), new int[] {cell[0], cell[1], 1, 0});
      return;
    }
    if (col.kind() == Kind.PHONE) {
      int digits = 0;
      for (int i = 0; i < v.length(); i++) {
        digits += Chars.isDigit(v.charAt(i)) ? 1 : 0;
      }
      if (digits >= 7 && digits <= 15 && CustomerDetailsDetector.phoneLine(scan.text, cell[0], cell[1])) {
        scan.add(Kind.PHONE, cell[0], cell[1]);
      }
      return;
    }
    if (col.kind() == Kind.PERSON_NAME && !Character.isUpperCase(v.charAt(0))) {
      return; // logins and handles ("acmeadmin") are not names
    }
    if (CustomerDetailsDetector.plausible(v, col.kind())) {
      scan.add(col.kind(), cell[0], cell[1]);
    }
  }
}
