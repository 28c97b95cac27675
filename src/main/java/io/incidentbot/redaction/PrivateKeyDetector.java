package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * PEM private keys ({@code -----BEGIN [RSA |EC |OPENSSH |ENCRYPTED |DSA |PGP ]PRIVATE KEY[ BLOCK]-----}
 * through the matching END line), also inside JSON strings with {@code \n} escapes. A paste cut
 * before its END line is redacted up to the last line of key material. Certificates and public
 * keys are public and left alone.
 */
final class PrivateKeyDetector implements Detector {

  private static final String BEGIN = "-----BEGIN ";
  private static final String END = "-----END ";
  private static final int MAX_KEY = 32_768;

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    if (scan.hits("-----begin ").length == 0) {
      return;
    }
    // one forward pass for each marker keeps this linear however many markers there are
    List<Integer> ends = new ArrayList<>();
    for (int p : scan.hits("-----end ")) {
      if (t.startsWith(END, p)) {
        ends.add(p);
      }
    }
    int endIdx = 0;
    int covered = 0;
    for (int p : scan.hits("-----begin ")) {
      if (p < covered || !t.startsWith(BEGIN, p)) {
        continue;
      }
      int labelStart = p + BEGIN.length();
      int labelEnd = Chars.indexOf(t, "-----", labelStart, labelStart + 45);
      if (labelEnd < 0 || labelEnd - labelStart > 40) {
        continue;
      }
      String label = t.substring(labelStart, labelEnd);
      if (!label.contains("PRIVATE KEY")) {
        continue;
      }
      int bodyStart = labelEnd + 5;
      while (endIdx < ends.size() && ends.get(endIdx) < bodyStart) {
        endIdx++;
      }
      int stop;
      if (endIdx < ends.size() && ends.get(endIdx) - bodyStart <= MAX_KEY) {
        int e = ends.get(endIdx) + END.length();
        int close = Chars.indexOf(t, "-----", e, e + 45);
        stop = close >= 0 && close - e <= 40 ? close + 5 : e;
      } else {
        stop = truncatedEnd(t, bodyStart);
      }
      scan.add(Kind.PRIVATE_KEY, p, stop);
      covered = stop;
    }
  }

  /** A key pasted without its END line: up to the last char of base64 material. */
  private static int truncatedEnd(String t, int from) {
    int limit = Math.min(t.length(), from + MAX_KEY);
    int e = from;
    int lastMaterial = from;
    int blankLines = 0;
    while (e < limit) {
      char c = t.charAt(e);
      if (c == '\n') {
        blankLines++;
        if (blankLines >= 2) {
          break;
        }
      } else if (Chars.isBase64(c) || c == '\\' || c == ':' || c == '-' || c == ',') {
        blankLines = 0;
        lastMaterial = e + 1;
      } else if (c != '\r' && !Chars.isSpace(c)) {
        break;
      }
      e++;
    }
    return lastMaterial;
  }
}
