package io.incidentbot.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Names and postal addresses of customers where support evidence reliably carries them:
 * <ul>
 *   <li>billing and shipping blocks ("Billing address" followed by the formatted address lines,
 *       or on one line after the header): the first line is the name, the following lines up to
 *       the country are the address; phone lines in the block are phones;</li>
 *   <li>fields: {@code first_name}, {@code last_name}, {@code billing_address_1},
 *       {@code [_shipping_address_2] => …}, {@code name_on_card} in JSON, PHP dumps, forms, CSV-ish
 *       {@code key: value};</li>
 *   <li>labels ("Customer: Jane Doe", "Name on card: …", "From: Jane Doe &lt;jane@…&gt;") — a bare
 *       "Name:" only outside plugin/theme listings;</li>
 *   <li>greetings and sign-offs of mails ("Hi Jane,", "Kind regards,\nMarco Rossi"), honorifics
 *       ("Mrs Patel") and "my name is …".</li>
 * </ul>
 * Everything is line-based with bounded look-around.
 */
final class CustomerDetailsDetector implements Detector {

  private static final String[] BLOCK_HEADERS = {
      "billing address", "shipping address", "billing details", "shipping details",
      "delivery address", "bill to", "ship to", "invoice address", "postal address",
      "billing information", "shipping information", "delivery details", "customer address"};

  private static final String[] NAME_KEYS = {
      "first_name", "last_name", "firstname", "lastname", "full_name", "fullname", "customer_name",
      "display_name", "name_on_card", "cardholder_name", "card_holder_name", "cardholder",
      "recipient_name", "contact_name", "billing_name", "shipping_name", "first-name", "last-name",
      "user_firstname", "user_lastname", "given_name", "family_name", "surname", "card[name]",
      "cardholdername", "holder_name", "account_holder", "consumername", "consumer_name", "payer_name",
      "payername", "buyer_name", "buyername", "recipientname"};

  private static final String[] ADDRESS_KEYS = {
      "address_1", "address_2", "address1", "address2", "street_address", "address_line_1",
      "address_line_2", "address_line1", "address_line2", "addressline1", "addressline2",
      "street", "line1", "line2"};

  private static final String[] NAME_LABELS = {
      "customer name", "customer", "full name", "contact name", "cardholder name", "cardholder",
      "card holder", "name on card", "billing name", "shipping name", "recipient", "ordered by",
      "placed by", "contact", "client name", "buyer", "purchaser", "account holder", "name"};

  private static final String[] ADDRESS_LABELS = {
      "address", "street address", "street", "billing address line", "address line 1",
      "address line 2", "delivery to", "deliver to", "home address"};

  private static final String[] GREETINGS = {
      "Hi ", "Hello ", "Hey ", "Dear ", "Good morning ", "Good afternoon ", "Good evening ", "Hiya ",
      "Morning ", "Hallo ", "Bonjour ", "Hola ", "Ciao ", "Hej ", "Hoi "};

  private static final String[] SIGN_OFFS = {
      "thanks", "thank you", "thanks again", "many thanks", "regards", "best regards", "kind regards",
      "warm regards", "best", "cheers", "sincerely", "yours sincerely", "yours faithfully",
      "best wishes", "all the best", "thx", "ty", "greetings", "mit freundlichen grüßen",
      "cordialement", "saludos", "grazie", "gracias", "merci", "danke", "obrigado", "obrigada",
      "thanks so much", "thanks in advance", "thank you so much", "many thanks again", "take care",
      "viele grüße", "liebe grüße", "bien à vous", "un saludo", "cumprimentos", "groeten",
      "met vriendelijke groet", "pozdrawiam", "med vänliga hälsningar"};

  private static final Set<String> HONORIFICS = Chars.setOf("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr");

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    int pendingSignOff = 0; // lines left in which a sign-off's name may appear
    int blockLines = -1;    // lines left in a billing/shipping block, -1 outside
    boolean blockFirst = false;
    int[] lines = scan.lineStarts();
    for (int k = 0; k < lines.length; k++) {
      int ls = lines[k];
      int le = scan.lineEndAt(k);
      int cs = ls;
      int ce = le > ls && t.charAt(le - 1) == '\r' ? le - 1 : le;
      while (cs < ce && (Chars.isSpace(t.charAt(cs)) || t.charAt(cs) == '>' || t.charAt(cs) == '*'
          || t.charAt(cs) == '#' || t.charAt(cs) == '|')) {
        cs++;
      }
      while (ce > cs && (Chars.isSpace(t.charAt(ce - 1)) || t.charAt(ce - 1) == '*'
          || t.charAt(ce - 1) == '|')) {
        ce--;
      }
      if (ce - cs <= 300) {
        if (cs == ce) {
          if (blockLines >= 0 && !blockFirst) {
            blockLines = -1;
          }
        } else if (blockLines > 0) {
          int r = blockLine(scan, cs, ce, blockFirst);
          if (r < 0) {
            blockLines = -1;
          } else {
            blockFirst = blockFirst && r != 0;
            blockLines--;
          }
          if (blockLines == 0) {
            blockLines = -1;
          }
        } else if (!Character.isLetter(t.charAt(cs)) && t.charAt(cs) != '[' && t.charAt(cs) != '-'
            && t.charAt(cs) != '\u2013' && t.charAt(cs) != '\u2014' && t.charAt(cs) != '"') {
          // a line starting with a digit, a brace, a path…: no header, greeting, sign-off or label
          blockLines = -1;
          pendingSignOff = pendingSignOff > 0 ? pendingSignOff - 1 : 0;
        } else {
          blockLines = -1;
          int header = header(scan, cs, ce);
          if (header == ce) {
            blockLines = 9;
            blockFirst = true;
          } else if (header > 0) {
            inlineBlock(scan, header, ce);
          } else {
            if (pendingSignOff > 0 && signature(scan, cs, ce)) {
              pendingSignOff = 0;
            }
            int so = signOff(scan, cs, ce);
            pendingSignOff = so == 1 ? 3 : pendingSignOff > 0 ? pendingSignOff - 1 : 0;
            greeting(scan, cs, ce);
            int chat = chatPrefix(scan, cs, ce);
            if (chat > cs) {
              greeting(scan, chat, ce);
            }
            label(scan, cs, ce);
          }
        }
      }
    }
    signOffsInLines(scan);
    inlineHeaders(scan);
    fields(scan, NAME_KEYS, Kind.PERSON_NAME);
    jsonName(scan);
    firstLast(scan);
    cuedFirstNames(scan);
    fields(scan, ADDRESS_KEYS, Kind.STREET_ADDRESS);
    honorifics(scan);
    myNameIs(scan);
  }

  /** End of a block header at the start of the line: {@code ce} if alone, else content start, or -1. */
  private static int header(Scan scan, int cs, int ce) {
    char first = scan.lower().charAt(cs);
    if (first != 'b' && first != 's' && first != 'd' && first != 'i' && first != 'p' && first != 'c') {
      return -1;
    }
    String lower = scan.lower();
    for (String h : BLOCK_HEADERS) {
      if (lower.startsWith(h, cs)) {
        int e = cs + h.length();
        if (e < ce && lower.charAt(e) == 'e' && h.endsWith("address")) {
          e++; // "addresse"
        }
        if (e < ce && lower.charAt(e) == 's' && h.endsWith("address")) {
          e++;
        }
        while (e < ce && (scan.at(e) == ':' || Chars.isSpace(scan.at(e)) || scan.at(e) == '*')) {
          e++;
        }
        if (e >= ce) {
          return ce;
        }
        return scan.at(e - 1) == ' ' && Chars.indexOf(lower, ':', cs + h.length(), e) >= 0 ? e : -1;
      }
    }
    return -1;
  }

  /** One line inside a block: 0 name/address emitted, 1 other line kept, -1 end of block. */
  private static int blockLine(Scan scan, int cs, int ce, boolean first) {
    String t = scan.text;
    String lower = scan.lower();
    String line = lower.substring(cs, ce);
    if (header(scan, cs, ce) >= 0 || line.startsWith("---") || line.startsWith("===")
        || line.startsWith("payment") || line.startsWith("order") || line.startsWith("total")
        || line.startsWith("subtotal") || line.startsWith("note") || line.startsWith("product")
        || line.startsWith("[") || line.startsWith("{") || line.startsWith("\"")) {
      return -1;
    }
    if (line.indexOf('@') >= 0 || line.startsWith("email") || line.startsWith("e-mail")) {
      return 1;
    }
    int colon = line.indexOf(':');
    int vs = cs;
    if (colon > 0 && colon < 24) {
      String label = line.substring(0, colon).trim();
      if (label.startsWith("phone") || label.startsWith("tel") || label.startsWith("mobile")) {
        return 1; // the phone detector reads its label
      }
      if (label.equals("name") || label.equals("full name") || label.contains("address")
          || label.equals("street") || label.equals("company") || label.equals("city")
          || label.equals("postcode") || label.equals("zip") || label.equals("state")) {
        vs = cs + colon + 1;
        while (vs < ce && Chars.isSpace(t.charAt(vs))) {
          vs++;
        }
        if (label.equals("city") || label.equals("state")) {
          return 1;
        }
      } else {
        return -1; // another labelled field: the block is over
      }
    }
    if (vs >= ce) {
      return 1;
    }
    String value = lower.substring(vs, ce);
    if (Names.COUNTRIES.contains(value) || value.endsWith("(us)") || value.endsWith("(uk)")) {
      return 1;
    }
    if (phoneLine(t, vs, ce)) {
      scan.add(Kind.PHONE, vs, ce);
      return 1;
    }
    boolean digits = false;
    for (int i = vs; i < ce; i++) {
      digits |= Chars.isDigit(t.charAt(i));
    }
    if (first && !digits) {
      scan.add(Kind.PERSON_NAME, vs, ce);
    } else {
      scan.add(Kind.STREET_ADDRESS, vs, ce);
    }
    return 0;
  }

  static boolean phoneLine(String t, int s, int e) {
    int digits = 0;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (Chars.isDigit(c)) {
        digits++;
      } else if (!(c == ' ' || c == '+' || c == '(' || c == ')' || c == '-' || c == '.')) {
        return false;
      }
    }
    return digits >= 7 && digits <= 15;
  }

  /** "Billing address: Jane Doe, 14 Elm Street, Springfield, IL 62704, United States". */
  private static void inlineBlock(Scan scan, int s, int ce) {
    String t = scan.text;
    String lower = scan.lower();
    int segStart = s;
    boolean first = true;
    int addrStart = -1;
    int addrEnd = -1;
    while (segStart < ce) {
      int segEnd = Chars.indexOf(t, ',', segStart, ce);
      if (segEnd < 0) {
        segEnd = ce;
      }
      int a = segStart;
      int b = segEnd;
      while (a < b && Chars.isSpace(t.charAt(a))) {
        a++;
      }
      while (b > a && (Chars.isSpace(t.charAt(b - 1)) || t.charAt(b - 1) == '.')) {
        b--;
      }
      if (a < b) {
        String seg = lower.substring(a, b);
        boolean digits = false;
        for (int i = a; i < b; i++) {
          digits |= Chars.isDigit(t.charAt(i));
        }
        if (seg.indexOf('@') >= 0 || Names.COUNTRIES.contains(seg) || seg.endsWith("(us)")
            || seg.endsWith("(uk)") || phoneLine(t, a, b)) {
          if (phoneLine(t, a, b)) {
            scan.add(Kind.PHONE, a, b);
          }
          first = false;
          if (addrStart >= 0) {
            scan.add(Kind.STREET_ADDRESS, addrStart, addrEnd);
            addrStart = -1;
          }
        } else if (first && !digits) {
          scan.add(Kind.PERSON_NAME, a, b);
          first = false;
        } else {
          first = false;
          if (addrStart < 0) {
            addrStart = a;
          }
          addrEnd = b;
        }
      }
      segStart = segEnd + 1;
    }
    if (addrStart >= 0) {
      scan.add(Kind.STREET_ADDRESS, addrStart, addrEnd);
    }
  }

  /** "[14:02:40] Agent (Kim): Hi Jordan!" — where the message starts after a chat prefix. */
  private static int chatPrefix(Scan scan, int cs, int ce) {
    String t = scan.text;
    int limit = Math.min(ce, cs + 48);
    for (int i = cs; i + 1 < limit; i++) {
      if (t.charAt(i) == ':' && t.charAt(i + 1) == ' ' && i > cs && !Chars.isDigit(t.charAt(i - 1))) {
        return i + 2;
      }
    }
    return -1;
  }

  /** "… before delivery. Thanks, Oliver" — a sign-off and a name closing a line. */
  private static void signOffsInLines(Scan scan) {
    for (String so : new String[] {". thanks, ", "! thanks, ", ". cheers, ", "! cheers, ", ". regards, ",
        ". thank you, ", ". best, ", ". thx, "}) {
      for (int p : scan.hits(so)) {
        int ce = Chars.lineEnd(scan.text, p, 300);
        while (ce > p && Chars.isSpace(scan.at(ce - 1))) {
          ce--;
        }
        int s = p + so.length();
        int e = Names.nameEnd(scan.text, s, 3, false);
        if (e > s && e >= ce - 1 && (e == ce || scan.at(e) == '.' || scan.at(e) == '!')) {
          scan.add(Kind.PERSON_NAME, s, e);
        }
      }
    }
  }

  /** "Jan 19, 9:45 AM — Ship to: Ingrid Lindqvist, 88 Colin P Kelly Jr St, …" mid-line. */
  private static void inlineHeaders(Scan scan) {
    for (String h : BLOCK_HEADERS) {
      for (int p : scan.hits(h + ": ")) {
        int ls = Chars.lineStart(scan.text, p, 300);
        if (p > ls && !Chars.isLetter(scan.at(p - 1))) {
          inlineBlock(scan, p + h.length() + 2, Chars.lineEnd(scan.text, p, 300));
        }
      }
    }
  }

  /** "Hi Jane,", "Dear Mr Smith,", "Hello Marco Rossi!" at the start of a line. */
  private static void greeting(Scan scan, int cs, int ce) {
    String t = scan.text;
    if (cs >= ce || "HDGMBCBhdgmbc".indexOf(t.charAt(cs)) < 0) {
      return;
    }
    for (String g : GREETINGS) {
      if (t.startsWith(g, cs) || t.regionMatches(true, cs, g, 0, g.length()) && Character.isUpperCase(scan.at(cs + g.length()))) {
        int s = cs + g.length();
        s = skipTitle(t, s);
        int e = Names.nameEnd(t, s, 3, false);
        if (e > s && e <= ce) {
          char after = scan.at(e);
          if (e == ce || after == ',' || after == '!' || after == '.' || after == ':' || after == ' '
              || after == '\r' || after == '\u2014' || after == '-') {
            scan.add(Kind.PERSON_NAME, s, e);
          }
        }
        return;
      }
    }
  }

  private static int skipTitle(String t, int s) {
    int w = s;
    while (w < t.length() && w - s < 5 && Chars.isLetter(t.charAt(w))) {
      w++;
    }
    if (w > s && Names.TITLES.contains(t.substring(s, w).toLowerCase(Locale.ROOT))) {
      if (w < t.length() && t.charAt(w) == '.') {
        w++;
      }
      if (w < t.length() && t.charAt(w) == ' ') {
        return w + 1;
      }
    }
    return s;
  }

  /** 1 when the line is a sign-off alone ("Kind regards,"); names on the same line are emitted. */
  private static int signOff(Scan scan, int cs, int ce) {
    String lower = scan.lower();
    if (ce - cs <= 32 && (lower.startsWith("thanks ", cs) || lower.startsWith("thank you ", cs)
        || lower.startsWith("cheers ", cs) || lower.startsWith("many thanks ", cs))
        && Chars.indexOf(lower, ':', cs, ce) < 0 && Chars.indexOf(lower, '?', cs, ce) < 0) {
      return 1; // "thanks a million", "thank you so much!!"
    }
    if (!Chars.isLetter(lower.charAt(cs)) || ce - cs > 40 && Chars.indexOf(lower, ',', cs, cs + 40) < 0) {
      return 0; // sign-offs are short lines or start with "Thanks, Name"
    }
    for (String so : SIGN_OFFS) {
      if (lower.startsWith(so, cs)) {
        int e = cs + so.length();
        if (e < ce && Chars.isLetter(lower.charAt(e))) {
          continue;
        }
        while (e < ce && (lower.charAt(e) == ',' || lower.charAt(e) == '!' || lower.charAt(e) == '.')) {
          e++;
        }
        if (e >= ce) {
          return 1;
        }
        if (scan.at(e - 1) == ',' && scan.at(e) == ' ') { // "Thanks, Jane"
          int s = e + 1;
          int ne = Names.nameEnd(scan.text, s, 3, false);
          if (ne > s && (ne == ce || scan.at(ne) == '.' || scan.at(ne) == '!')) {
            scan.add(Kind.PERSON_NAME, s, ne);
          }
        }
        return 0;
      }
    }
    return 0;
  }

  /** The name line under a sign-off: "Marco Rossi", "Jane Doe | Owner, Acme Candles", "– Jane". */
  private static boolean signature(Scan scan, int cs, int ce) {
    String t = scan.text;
    int s = cs;
    while (s < ce && (t.charAt(s) == '-' || t.charAt(s) == '\u2013' || t.charAt(s) == '\u2014'
        || t.charAt(s) == ' ')) {
      s++;
    }
    int e = Names.nameEnd(t, s, 4, false);
    if (e <= s) {
      return false;
    }
    char after = scan.at(e);
    if (e == ce || after == ' ' && (scan.at(e + 1) == '|' || scan.at(e + 1) == '-'
        || scan.at(e + 1) == '\u2013' || scan.at(e + 1) == '(') || after == ',') {
      scan.add(Kind.PERSON_NAME, s, e);
      return true;
    }
    return false;
  }

  /** "Customer: Jane Doe (#512)", "Name on card: J. Smith", "From: Jane Doe <jane@x.com>". */
  private static void label(Scan scan, int cs, int ce) {
    String lower = scan.lower();
    String t = scan.text;
    for (String l : new String[] {"from:", "to:", "cc:", "reply-to:"}) {
      if (lower.startsWith(l, cs)) {
        int lt = Chars.indexOf(lower, '<', cs, ce);
        if (lt > cs && Chars.indexOf(lower, '@', lt, ce) > lt) {
          int s = cs + l.length();
          while (s < lt && (Chars.isSpace(t.charAt(s)) || t.charAt(s) == '"')) {
            s++;
          }
          int e = Names.nameEnd(t, s, 4, true);
          if (e > s && e <= lt) {
            scan.add(Kind.PERSON_NAME, s, e);
          }
        }
        return;
      }
    }
    int colon = -1;
    for (int i = cs; i < ce && i - cs < 24; i++) {
      char c = t.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '_') {
        return; // "[15-Jan-2024 10:22:31]": not a label
      }
    }
    if (colon <= cs) {
      return;
    }
    String label = lower.substring(cs, colon).trim();
    int s = colon + 1;
    while (s < ce && Chars.isSpace(t.charAt(s))) {
      s++;
    }
    if (s >= ce) {
      return;
    }
    for (String l : NAME_LABELS) {
      if (label.equals(l) || label.endsWith(" " + l) && !l.equals("name") && label.length() < 24) {
        if (l.equals("name") && productListing(scan, cs)) {
          return;
        }
        int e = Names.nameEnd(t, s, 4, !l.equals("name"));
        if (e > s && (e == ce || !Chars.isLetter(scan.at(e)) && scan.at(e) != '-')) {
          scan.add(Kind.PERSON_NAME, s, e);
        }
        return;
      }
    }
    for (String l : ADDRESS_LABELS) {
      if (label.equals(l) || label.equals("billing " + l) || label.equals("shipping " + l)) {
        boolean digit = false;
        boolean letter = false;
        for (int i = s; i < ce; i++) {
          digit |= Chars.isDigit(t.charAt(i));
          letter |= Character.isLetter(t.charAt(i));
        }
        String v = lower.substring(s, ce);
        if (digit && letter && v.indexOf('@') < 0 && !v.contains("://") && !v.startsWith("0x")
            && !looksTechnical(v)) {
          scan.add(Kind.STREET_ADDRESS, s, ce);
        }
        return;
      }
    }
  }

  private static boolean looksTechnical(String v) {
    int colons = 0;
    int dots = 0;
    for (int i = 0; i < v.length(); i++) {
      colons += v.charAt(i) == ':' ? 1 : 0;
      dots += v.charAt(i) == '.' ? 1 : 0;
    }
    return colons >= 2 || dots >= 3 || v.indexOf(' ') < 0;
  }

  /** A "Name:" inside a plugin or theme listing (Version:, Author:, Slug: nearby) is no person. */
  private static boolean productListing(Scan scan, int at) {
    String lower = scan.lower();
    int from = Math.max(0, at - 240);
    int to = Math.min(scan.length, at + 240);
    for (String w : new String[] {"version", "author", "slug", "plugin", "theme", "template",
        "text domain", "requires", "stable tag", "package"}) {
      if (Chars.containsWithin(lower, from, to, w)) {
        return true;
      }
    }
    return false;
  }

  /** {@code "first_name": "Jane"}, {@code [billing_address_1] => 14 Elm St}, {@code last_name=Doe&}. */
  private static void fields(Scan scan, String[] keys, Kind kind) {
    String lower = scan.lower();
    String t = scan.text;
    for (String key : keys) {
      for (int p : scan.hits(key)) {
        int e = p + key.length();
        if (Chars.isAlnum(scan.at(e)) || p > 0 && Chars.isAlnum(scan.at(p - 1)) && !prefixed(lower, p)) {
          continue;
        }
        int i = e;
        int guard = 0;
        while ((Chars.isQuote(scan.at(i)) || scan.at(i) == ']' || scan.at(i) == '\\' || Chars.isSpace(scan.at(i)))
            && guard++ < 4) {
          i++;
        }
        char sep = scan.at(i);
        if (sep != ':' && sep != '=') {
          continue;
        }
        i++;
        if (scan.at(i) == '>') {
          i++;
        }
        while (Chars.isSpace(scan.at(i)) && i < scan.length) {
          i++;
        }
        int[] v = fieldValue(scan, i, sep == '=' && scan.at(i - 1) == '=');
        if (v == null) {
          continue;
        }
        String value = t.substring(v[0], v[1]);
        if (plausible(value, kind)) {
          scan.add(kind, v[0], v[1]);
        }
      }
    }
  }

  /** {@code billing_first_name}, {@code _shipping_address_1}, {@code billingFirstName}. */
  private static boolean prefixed(String lower, int p) {
    return lower.startsWith("_", p - 1) || lower.startsWith("billing", p - 7)
        || lower.startsWith("shipping", p - 8) || lower.startsWith("user", p - 4);
  }

  private static int[] fieldValue(Scan scan, int i, boolean form) {
    String t = scan.text;
    char q = scan.at(i);
    if (q == '\\' && scan.at(i + 1) == '"') {
      int s = i + 2;
      int e = s;
      while (e < scan.length && e - s < 200 && !(t.charAt(e) == '\\') && !Chars.isLineBreak(t.charAt(e))) {
        e++;
      }
      return e > s ? new int[] {s, e} : null;
    }
    if (q == '"' || q == '\'') {
      int s = i + 1;
      int e = s;
      while (e < scan.length && e - s < 200 && t.charAt(e) != q && !Chars.isLineBreak(t.charAt(e))) {
        e++;
      }
      return e > s && scan.at(e) == q ? new int[] {s, e} : null;
    }
    if (q == '{' || q == '[' || q == '\0') {
      return null;
    }
    int s = i;
    int e = s;
    while (e < scan.length && e - s < 200 && !Chars.isLineBreak(t.charAt(e)) && t.charAt(e) != '&'
        && t.charAt(e) != ';' && t.charAt(e) != '|' && t.charAt(e) != '"' && !(t.charAt(e) == ','
        && (scan.at(e + 1) == ' ' || scan.at(e + 1) == '"' || scan.at(e + 1) == '\''))) {
      e++;
    }
    while (e > s && (Chars.isSpace(t.charAt(e - 1)) || t.charAt(e - 1) == ',')) {
      e--;
    }
    return e > s ? new int[] {s, e} : null;
  }

  static boolean plausible(String v, Kind kind) {
    String l = v.toLowerCase(Locale.ROOT).trim().replace('+', ' ');
    if (l.isEmpty() || l.equals("null") || l.equals("none") || l.equals("n/a") || l.equals("true")
        || l.equals("false") || l.equals("string") || l.indexOf('@') >= 0 || l.contains("://")
        || Values.isPlaceholder(v) || l.startsWith("$") || l.contains("(")) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < v.length(); i++) {
      letter |= Character.isLetter(v.charAt(i));
    }
    if (!letter) {
      return false;
    }
    if (kind == Kind.PERSON_NAME) {
      // "acmeadmin" is a login; names are capitalised or have two words ("jane doe")
      return v.length() <= 60 && !Names.STOP.contains(l)
          && (Character.isUpperCase(v.charAt(0)) || l.indexOf(' ') > 0);
    }
    return v.length() <= 160;
  }

  /**
   * {@code "name": "Melissa Wong"} inside an object that also has an address, e-mail or phone
   * (Stripe billing_details, WooCommerce shipping lines): a bare "name" key elsewhere is a product,
   * a plugin or a setting.
   */
  private static void jsonName(Scan scan) {
    String lower = scan.lower();
    for (int p : scan.hits("\"name\"")) {
      int i = p + 6;
      while (Chars.isSpace(scan.at(i))) {
        i++;
      }
      if (scan.at(i) != ':') {
        continue;
      }
      i++;
      while (Chars.isSpace(scan.at(i))) {
        i++;
      }
      if (scan.at(i) != '"') {
        continue;
      }
      int s = i + 1;
      int e = s;
      while (e < scan.length && e - s < 80 && scan.at(e) != '"' && !Chars.isLineBreak(scan.at(e))) {
        e++;
      }
      if (scan.at(e) != '"' || e == s) {
        continue;
      }
      int from = Math.max(0, p - 300);
      int to = Math.min(scan.length, e + 300);
      boolean personal = Chars.containsWithin(lower, from, to, "\"email\"")
          || Chars.containsWithin(lower, from, to, "\"phone\"")
          || Chars.containsWithin(lower, from, to, "\"line1\"")
          || Chars.containsWithin(lower, from, to, "\"address_1\"");
      if (personal && Names.nameEnd(scan.text, s, 5, true) == e) {
        scan.add(Kind.PERSON_NAME, s, e);
      }
    }
  }

  /** "First Last" anywhere: a known first name followed by capitalised surname words. */
  private static void firstLast(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    int resume = 0;
    for (int i : scan.upperStarts()) {
      char c = t.charAt(i);
      if (i < resume || !(c >= 'A' && c <= 'Z' || c >= '\u00c0' && c <= '\u00de')) {
        continue;
      }
      char prev = scan.at(i - 1);
      if (Character.isLetterOrDigit(prev) || prev == '_' || prev == '-' || prev == '.' || prev == '/'
          || prev == '\\' || prev == '$') {
        continue;
      }
      int w = i + 1; // cheap shape check before any lookup: "Word Word"
      while (w < n && w - i < 15 && Character.isLetter(t.charAt(w))) {
        w++;
      }
      if (w - i < 2 || w + 1 >= n || t.charAt(w) != ' ' || !Character.isUpperCase(t.charAt(w + 1))
          && t.charAt(w + 1) != '"') {
        continue;
      }
      int e = Names.firstLast(t, i);
      if (e > i) {
        scan.add(Kind.PERSON_NAME, i, e);
        resume = e;
      }
    }
  }

  /** A lone known first name after "Happy birthday", "Love,", "Thanks", "Hi" inside a line. */
  private static void cuedFirstNames(Scan scan) {
    String lower = scan.lower();
    for (String cue : new String[] {"happy birthday ", "love, ", "love ", "thanks ", "thank you ", "hi ",
        "hello ", "dear ", "congratulations ", "xoxo ", "from "}) {
      for (int p : scan.hits(cue)) {
        if (p > 0 && Chars.isLetter(lower.charAt(p - 1))) {
          continue;
        }
        int s = p + cue.length();
        int e = s;
        while (e < scan.length && e - s < 14 && Character.isLetter(scan.at(e))) {
          e++;
        }
        if (e - s >= 2 && Character.isUpperCase(scan.at(s)) && !Character.isLetter(scan.at(e))
            && Names.FIRST_NAMES.contains(lower.substring(s, e).toLowerCase(Locale.ROOT))) {
          scan.add(Kind.PERSON_NAME, s, e);
        }
      }
    }
  }

  /** "Mrs Patel", "Dr. Anna Schmidt" — not "Dr" after a street name ("12 Oak Dr."). */
  private static void honorifics(Scan scan) {
    String t = scan.text;
    for (int p : scan.upperStarts()) {
      char c0 = t.charAt(p);
      if (c0 != 'M' && c0 != 'D') {
        continue;
      }
      int we = p + 1;
      while (we < scan.length && we - p < 5 && Chars.isLetter(t.charAt(we))) {
        we++;
      }
      if (we - p > 4 || !HONORIFICS.contains(t.substring(p, we))) {
        continue;
      }
      int i = we;
      if (scan.at(i) == '.') {
        i++;
      }
      if (scan.at(i) != ' ' || !Character.isUpperCase(scan.at(i + 1))) {
        continue;
      }
      if (c0 == 'D' && p >= 2 && t.charAt(p - 1) == ' ' && Character.isLetter(t.charAt(p - 2))) {
        continue; // "Oak Dr Springfield"
      }
      int s = i + 1;
      int e = Names.nameEnd(t, s, 3, false);
      if (e > s) {
        scan.add(Kind.PERSON_NAME, s, e);
      }
    }
  }


  /** "my name is Jane Doe", "I am Jane Doe, the owner". */
  private static void myNameIs(Scan scan) {
    String lower = scan.lower();
    for (String cue : new String[] {"my name is ", "my name's ", "this is ", "i am ", "i'm ",
        "order from ", "customer ", "call me ", "signed by ", "cardholder ", " by "}) {
      for (int p : scan.hits(cue)) {
        if (p > 0 && Chars.isLetter(lower.charAt(p - 1))) {
          continue;
        }
        int s = p + cue.length();
        if (!Character.isUpperCase(scan.at(s))) {
          continue;
        }
        int e = Names.nameEnd(scan.text, s, 3, false);
        if (e <= s) {
          continue;
        }
        boolean strong = cue.startsWith("my name") || cue.startsWith("signed") || cue.startsWith("cardholder");
        if (cue.equals("order from ") || cue.equals("call me ")) {
          char after = scan.at(e);
          strong = after == ':' || after == ',' || after == '.' || after == '!' || Chars.isLineBreak(after)
              || e == scan.length || lower.startsWith(" not ", e);
        }
        if (cue.equals("customer ")) { // "customer Siobhan Kelly": two name words at least
          strong = scan.text.substring(s, e).indexOf(' ') > 0;
        }
        if (cue.equals(" by ")) { // "Order #3391 by Declan Murphy" — not "Powered by WooCommerce"
          int ls = Chars.lineStart(scan.text, p, 60);
          strong = scan.text.substring(s, e).indexOf(' ') > 0 && Chars.containsWithin(lower, ls, p, "order");
        }
        if (cue.equals("i'm ") || cue.equals("i am ")) { // "I'm Tomás Ó Briain, I run a bike shop"
          strong |= lower.startsWith(", i ", e) && scan.text.substring(s, e).indexOf(' ') > 0;
        }
        // "this is Jane from Acme", "I'm Jane, the owner": weaker cues need a following role
        if (strong || lower.startsWith(" from ", e) || lower.startsWith(", the ", e)
            || lower.startsWith(" here", e) || lower.startsWith(", owner", e)) {
          scan.add(Kind.PERSON_NAME, s, e);
        }
      }
    }
  }
}
