package io.incidentbot.redaction;

import java.util.HashMap;
import java.util.Map;

/**
 * IBANs: a known country code, the country's exact length and a valid ISO 7064 mod-97 checksum,
 * written compact or in groups of four, also broken over two lines. A wrong check digit is not an
 * IBAN and stays.
 */
final class IbanDetector implements Detector {

  static final Map<String, Integer> LENGTHS = new HashMap<>();

  static {
    String spec = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 "
        + "DK18 DO28 EE20 EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 "
        + "IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 "
        + "MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 TN24 TR26 "
        + "UA29 VA22 VG24 XK20";
    for (String s : spec.split(" ")) {
      LENGTHS.put(s.substring(0, 2), Integer.parseInt(s.substring(2)));
    }
  }

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    char[] buf = new char[34];
    int resume = 0;
    for (int i : scan.upperStarts()) {
      if (i < resume || i + 4 >= n) {
        continue;
      }
      char c0 = t.charAt(i);
      if (!Chars.isUpper(c0) || !Chars.isUpper(t.charAt(i + 1)) || !Chars.isDigit(t.charAt(i + 2))
          || !Chars.isDigit(t.charAt(i + 3)) || (i > 0 && Chars.isAlnum(t.charAt(i - 1)))) {
        continue;
      }
      Integer expected = LENGTHS.get(t.substring(i, i + 2));
      if (expected == null) {
        continue;
      }
      int len = 0;
      int j = i;
      int end = i;
      while (j < n && len < expected) {
        char c = t.charAt(j);
        if (Chars.isUpper(c) || Chars.isDigit(c)) {
          buf[len++] = c;
          j++;
          end = j;
        } else if (c == ' ' && len % 4 == 0 && j + 1 < n && Chars.isAlnum(t.charAt(j + 1))) {
          j++;
        } else {
          int k = Chars.continuation(t, j);
          if (k > 0 && Chars.isAlnum(t.charAt(k))) {
            j = k;
          } else {
            break;
          }
        }
      }
      if (len != expected || (end < n && Chars.isAlnum(t.charAt(end)))) {
        continue;
      }
      if (mod97(buf, len) == 1) {
        scan.add(Kind.IBAN, i, end);
        resume = end;
      }
    }
  }

  static int mod97(char[] iban, int len) {
    int r = 0;
    for (int x = 0; x < len; x++) {
      char c = iban[(x + 4) % len];
      if (Chars.isDigit(c)) {
        r = (r * 10 + (c - '0')) % 97;
      } else {
        r = (r * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return r;
  }
}
