package io.incidentbot.redaction;

import java.util.Locale;
import java.util.Set;

/**
 * Street addresses in free text (order notes, customer mails): a house number followed by
 * capitalised street-name words and a street type ("14 Elm Street", "221B Baker St.",
 * "1600 Amphitheatre Parkway, Apt 4"), the continental order ("Hauptstraße 12", "Via Roma 12",
 * "Calle Mayor 5", "12 rue de la Paix"), extended over ", City" and a postcode. The anchor is a
 * house-number-like digit run, so the pass is linear and cheap on logs.
 */
final class StreetAddressDetector implements Detector {

  static final Set<String> SUFFIXES = Chars.setOf(
      "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd",
      "way", "court", "ct", "place", "pl", "terrace", "close", "crescent", "parkway", "pkwy",
      "highway", "hwy", "square", "sq", "row", "mews", "gardens", "grove", "circle", "cir", "trail",
      "alley", "walk", "rise", "hill", "park", "green", "view", "end", "path", "pike", "loop",
      "plaza", "wharf", "quay", "embankment", "broadway");

  /** Words that never stand between a house number and a street type ("Step 3 Click Place Order"). */
  private static final Set<String> UI_WORDS = Chars.setOf(
      "click", "press", "step", "select", "order", "cart", "checkout", "add", "go", "open", "see",
      "page", "line", "version", "error", "warning", "notice", "status", "items", "item", "days",
      "hours", "minutes", "seconds", "products", "orders", "users", "plugins", "times", "star",
      "stars", "way", "new", "old", "top", "best", "free", "more", "less", "total", "the", "a");

  private static final String[] GERMANIC = {
      "straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "ring", "damm", "laan",
      "straat", "gracht", "plein", "vej", "gatan", "gata", "veien", "kade", "steeg", "ufer", "chaussee",
      "gade", "vägen", "katu", "utca", "straße", "packstation", "postfiliale"};

  private static final Set<String> ROMANCE = Chars.setOf(
      "via", "viale", "piazza", "corso", "calle", "avenida", "carrer", "rua", "rue", "avenue",
      "boulevard", "plaza", "paseo", "largo", "strada", "ulica", "ul.", "praça", "travessa",
      "chemin", "impasse", "allée", "quai", "place", "cours", "piazzale", "vicolo");

  private static final String[] STREET_WORDS;

  static {
    java.util.List<String> words = new java.util.ArrayList<>(java.util.Arrays.asList(GERMANIC));
    words.addAll(ROMANCE);
    STREET_WORDS = words.toArray(new String[0]);
  }

  private static final Set<String> UNITS = Chars.setOf(
      "apt", "apt.", "apartment", "suite", "ste", "ste.", "unit", "flat", "floor", "fl", "#", "room",
      "bldg", "building", "dept");

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    poBoxes(scan);
    int resume = 0;
    for (int i : scan.boundaryDigitStarts()) {
      if (i < resume) {
        continue;
      }
      char prev = scan.at(i - 1);
      char[] cs = scan.chars;
      int e = i;
      while (e < n && Chars.isDigit(cs[e])) {
        e++;
      }
      char next = e < n ? cs[e] : '\0';
      if (next != ' ' && next != ',' && !Chars.isLetter(next) && next != '-' && next != '/' && next != '\n'
          && next != '\r' && next != '.' && next != '\0' && next != ';' && next != ')') {
        continue; // "10:22", "4.99$": not a house number
      }
      if (Character.isLetterOrDigit(prev) || prev == '.' || prev == '_' || prev == '-' || prev == '/'
          || prev == ':' || prev == '#' || prev == '$' || e - i > 5) {
        continue;
      }
      int end = forward(scan, i, e);
      if (end < 0) {
        end = backward(scan, i, e);
      }
      if (end > 0) {
        resume = end;
      }
    }
  }

  /** "PO Box 1187, Round Rock, TX 78680", "P.O. Box 42". */
  private static void poBoxes(Scan scan) {
    String lower = scan.lower();
    for (String cue : new String[] {"po box ", "p.o. box ", "p. o. box ", "pobox "}) {
      for (int p : scan.hits(cue)) {
        if (p > 0 && Chars.isLetter(lower.charAt(p - 1))) {
          continue;
        }
        int d = p + cue.length();
        int e = d;
        while (e < scan.length && e - d < 8 && Chars.isDigit(scan.at(e))) {
          e++;
        }
        if (e > d && !Chars.isAlnum(scan.at(e))) {
          scan.add(Kind.STREET_ADDRESS, p, extend(scan, e));
        }
      }
    }
  }

  /** "14 Elm Street", "221B Baker St", "12 rue de la Paix". Adds and returns the end, or -1. */
  private static int forward(Scan scan, int s, int digitsEnd) {
    String t = scan.text;
    int i = digitsEnd;
    if (Chars.isLetter(scan.at(i)) && !Chars.isLetter(scan.at(i + 1))) {
      i++; // 221B
    }
    if (scan.at(i) == '-' && Chars.isDigit(scan.at(i + 1))) { // 14-16
      i++;
      while (Chars.isDigit(scan.at(i))) {
        i++;
      }
    }
    if (scan.at(i) == ',') {
      i++;
    }
    if (scan.at(i) != ' ') {
      return -1;
    }
    i++;
    int words = 0;
    int limit = Math.min(scan.length, i + 60);
    boolean romance = false;
    while (i < limit && words < 5) {
      int ws = i;
      if (Chars.isDigit(t.charAt(i)) && words == 0 || words > 0 && Chars.isDigit(t.charAt(i))) {
        // ordinal street names: "W 6th St", "42nd Street"
        while (i < limit && Chars.isDigit(t.charAt(i))) {
          i++;
        }
        String suffix = i + 2 <= limit ? scan.lower().substring(i, i + 2) : "";
        if (!(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
            || Chars.isLetter(scan.at(i + 2))) {
          return -1;
        }
        i += 2;
        words++;
        if (scan.at(i) == ' ' && Character.isLetter(scan.at(i + 1))) {
          i++;
          continue;
        }
        return -1;
      }
      while (i < limit && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '-')) {
        i++;
      }
      if (i == ws) {
        return -1;
      }
      int we = i;
      if (scan.at(i) == '.') {
        i++;
      }
      String word = t.substring(ws, we).toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(t.charAt(ws));
      if (words == 0) {
        romance = ROMANCE.contains(word);
        if (!capital && !romance) {
          return -1;
        }
      }
      if (words > 0 && SUFFIXES.contains(word) && capital && !romance) {
        char after = scan.at(i);
        if (Character.isLetter(after) || after == ' ' && Character.isUpperCase(scan.at(i + 1))
            && !cityAfter(scan, i + 1)) {
          return -1;
        }
        int end = extend(scan, scan.at(we) == '.' ? we + 1 : we);
        scan.add(Kind.STREET_ADDRESS, unitBefore(scan, s), end);
        return end;
      }
      if (UI_WORDS.contains(word) || !capital && !romance && !Names.PARTICLES.contains(word)) {
        return -1;
      }
      words++;
      if (romance && words >= 2 && !(scan.at(we) == ' ' && Character.isLetter(scan.at(we + 1)))) {
        int end = extend(scan, we);
        scan.add(Kind.STREET_ADDRESS, s, end);
        return end;
      }
      if (scan.at(i) == ' ' && (Character.isLetter(scan.at(i + 1)) || !romance && Chars.isDigit(scan.at(i + 1)))) {
        i++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** "Suite 400, 55 Water Street": a unit written before the house number. */
  private static int unitBefore(Scan scan, int s) {
    int i = s - 1;
    if (scan.at(i) == ' ') {
      i--;
    }
    if (scan.at(i) == ',') {
      i--;
    }
    int ve = i + 1;
    while (i >= 0 && i > s - 12 && Character.isLetterOrDigit(scan.at(i))) {
      i--;
    }
    if (i + 1 == ve || scan.at(i) != ' ') {
      return s;
    }
    int we = i;
    i--;
    while (i >= 0 && we - i < 12 && Character.isLetter(scan.at(i))) {
      i--;
    }
    String word = scan.lower().substring(i + 1, we);
    return UNITS.contains(word) || UNITS.contains(word + ".") ? i + 1 : s;
  }

  /** "Anytown"-like word after a street type without a comma: "12 Elm Street Springfield". */
  private static boolean cityAfter(Scan scan, int i) {
    int e = i;
    while (e < scan.length && Character.isLetter(scan.at(e))) {
      e++;
    }
    char after = scan.at(e);
    return e - i >= 3 && (after == ',' || after == ' ' && Chars.isDigit(scan.at(e + 1)));
  }

  /** "Hauptstraße 12", "Via Roma 12", "Calle Mayor, 5": number after the street name. */
  private static int backward(Scan scan, int s, int digitsEnd) {
    String t = scan.text;
    char after = scan.at(digitsEnd);
    if (Chars.isDigit(after) || after == '.' && Chars.isDigit(scan.at(digitsEnd + 1)) || after == ':'
        || after == '%' || digitsEnd - s > 4) {
      return -1;
    }
    if (Chars.isLetter(after) && Chars.isLetter(scan.at(digitsEnd + 1))) {
      return -1;
    }
    int j = s - 1;
    if (scan.at(j) == ',') {
      j--;
    }
    if (scan.at(j) != ' ') {
      return -1;
    }
    int lineStart = Chars.lineStart(t, s, 80);
    if (!Scan.anyIn(scan.hits("street words", STREET_WORDS), Math.max(lineStart, s - 80), s)) {
      return -1; // no continental street word before the number: nothing to look back for
    }
    String lower = scan.lower();
    // Germanic: one word ending in a street suffix right before the number
    int we = j;
    int ws = we;
    while (ws > lineStart && (Character.isLetter(t.charAt(ws - 1)) || t.charAt(ws - 1) == '.'
        || t.charAt(ws - 1) == '-') && we - ws < 40) {
      ws--;
    }
    if (ws < we && Character.isUpperCase(t.charAt(ws))) {
      String word = lower.substring(ws, we);
      for (String suf : GERMANIC) {
        if (word.endsWith(suf) && (word.length() > suf.length() + 2 || suf.startsWith("pack")
            || suf.startsWith("post")) || word.equals("str.")) {
          int end = extend(scan, numberEnd(scan, digitsEnd));
          scan.add(Kind.STREET_ADDRESS, ws, end);
          return end;
        }
      }
    }
    // Romance: "Via Roma 12", "Calle de Alcalá 50": a street word up to four words back
    int k = ws;
    for (int words = 0; words < 4 && k > lineStart; words++) {
      String word = lower.substring(k, we);
      if (ROMANCE.contains(word) && Character.isUpperCase(t.charAt(k)) && words > 0) {
        int end = extend(scan, numberEnd(scan, digitsEnd));
        scan.add(Kind.STREET_ADDRESS, k, end);
        return end;
      }
      if (scan.at(k - 1) != ' ') {
        return -1;
      }
      we = k - 1;
      k = we;
      while (k > lineStart && (Character.isLetter(t.charAt(k - 1)) || t.charAt(k - 1) == '\'') && we - k < 30) {
        k--;
      }
      if (k == we) {
        return -1;
      }
    }
    return -1;
  }

  private static int numberEnd(Scan scan, int digitsEnd) {
    int e = digitsEnd;
    if (Chars.isLetter(scan.at(e)) && !Chars.isLetter(scan.at(e + 1))) {
      e++;
    }
    return e;
  }

  /** Extends an address over ", Apt 4B", ", Springfield", ", IL 62704", " SW1A 1AA". */
  private static int extend(Scan scan, int end) {
    String t = scan.text;
    for (int part = 0; part < 4; part++) {
      int i = end;
      if (scan.at(i) == ',') {
        i++;
      }
      if (scan.at(i) != ' ') {
        return end;
      }
      i++;
      int ws = i;
      while (i < scan.length && i - ws < 30 && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '#'
          || t.charAt(i) == '.' && i > ws && Character.isLetter(t.charAt(i - 1)))) {
        i++;
      }
      if (i == ws) {
        return end;
      }
      String word = scan.lower().substring(ws, i);
      if (UNITS.contains(word) || word.startsWith("#")) {
        int u = i;
        if (!word.startsWith("#") || word.length() == 1) {
          if (scan.at(u) == ' ') {
            u++;
          }
          int us = u;
          while (u < scan.length && u - us < 8 && Character.isLetterOrDigit(t.charAt(u))) {
            u++;
          }
          if (u == us) {
            return end;
          }
        }
        end = u;
        continue;
      }
      if (postcode(t, ws, i) || state(t, ws, i)) {
        int e = i;
        if (state(t, ws, i) && scan.at(e) == ' ' && Chars.isDigit(scan.at(e + 1))) {
          e++;
          int zs = e;
          while (Chars.isDigit(scan.at(e)) && e - zs < 5) {
            e++;
          }
          if (e - zs != 5) {
            return end;
          }
        } else if (!postcode(t, ws, i)) {
          return end;
        }
        // UK postcodes have a space: "SW1A 1AA"
        if (scan.at(e) == ' ' && Chars.isDigit(scan.at(e + 1)) && Chars.isLetter(scan.at(e + 2))
            && Chars.isLetter(scan.at(e + 3)) && !Chars.isLetter(scan.at(e + 4))) {
          e += 4;
        } else if (scan.at(e) == ' ' && Character.isUpperCase(scan.at(e + 1)) && !state(t, ws, i)) {
          int c = e + 1; // continental order: "10115 Berlin"
          while (c < scan.length && c - e < 30 && Character.isLetter(scan.at(c))) {
            c++;
          }
          if (!Character.isLetterOrDigit(scan.at(c)) && !Names.COUNTRIES.contains(scan.lower().substring(e + 1, c))) {
            e = c;
          }
        }
        end = e;
        continue;
      }
      if (Character.isUpperCase(t.charAt(ws)) && scan.at(end) == ',' && !Names.COUNTRIES.contains(word)
          && !Names.STOP.contains(word)) {
        int e = i;
        // two-word cities: "New York", "San Francisco"
        if (scan.at(e) == ' ' && Character.isUpperCase(scan.at(e + 1))) {
          int e2 = e + 1;
          while (e2 < scan.length && Character.isLetter(scan.at(e2))) {
            e2++;
          }
          if (scan.at(e2) == ',' || scan.at(e2) == ' ' && Chars.isDigit(scan.at(e2 + 1))) {
            e = e2;
          }
        }
        end = e;
        continue;
      }
      return end;
    }
    return end;
  }

  /** 5-digit ZIP / EU codes, ZIP+4, UK outward codes ("SW1A", "M1"), Dutch "1012 AB". */
  private static boolean postcode(String t, int s, int e) {
    int len = e - s;
    int digits = 0;
    int letters = 0;
    for (int i = s; i < e; i++) {
      if (Chars.isDigit(t.charAt(i))) {
        digits++;
      } else if (Chars.isUpper(t.charAt(i))) {
        letters++;
      } else {
        return false;
      }
    }
    if (digits == len) {
      return len == 4 || len == 5;
    }
    return len >= 2 && len <= 4 && letters >= 1 && digits >= 1 && Chars.isUpper(t.charAt(s));
  }

  private static boolean state(String t, int s, int e) {
    return e - s == 2 && Chars.isUpper(t.charAt(s)) && Chars.isUpper(t.charAt(s + 1));
  }
}
