package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.List;

/** Per-call scanning state: the text, a lazily built ASCII-lower-cased copy, and the candidates. */
final class Scan {

  /** A span some detector claims. */
  record Candidate(String kind, int start, int end, int specificity) {}

  final String text;
  final int length;
  /** The text as an array: hot loops read it without String bounds checks. */
  final char[] chars;
  /** One byte per char: ASCII letters lower-cased, Latin-1 kept, anything else U+00BF. */
  private final byte[] lowerBytes;
  private final int[] boundaryDigitStarts;
  private final int[] wordStarts;
  private final int[] upperStarts;
  private final int[] lineStarts;
  private String lower;
  private final int[][] hits;
  private final List<Candidate> candidates = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /**
   * Per Latin-1 char, packed: bits 0–7 the lower-cased byte, bits 8–9 the char class (0 other,
   * 1 ASCII digit, 2 letter), bits 16+ the keyword automaton's input class. One load per char.
   */
  private static final int[] INFO = new int[256];
  private static final int OTHER;
  private static final int OTHER_LETTER;

  static {
    for (int c = 0; c < 256; c++) {
      int lower = c >= 'A' && c <= 'Z' ? c | 0x20 : c;
      int cls = c >= '0' && c <= '9' ? 1 : Character.isLetter((char) c) ? 2 : 0;
      INFO[c] = KeywordIndex.classOf(lower) << 16 | cls << 8 | lower;
    }
    OTHER = KeywordIndex.classOf(0xBF) << 16 | 0xBF;
    OTHER_LETTER = OTHER | 2 << 8;
  }

  /** One pass: the char array, the lower-cased copy, and where digit runs, words and lines start. */
  Scan(String text) {
    this.text = text;
    this.length = text.length();
    char[] cs = text.toCharArray();
    this.chars = cs;
    byte[] low = new byte[cs.length];
    IntList words = new IntList(cs.length / 8 + 16);
    IntList boundaryDigits = new IntList(cs.length / 32 + 16);
    IntList uppers = new IntList(cs.length / 32 + 16);
    IntList lines = new IntList(cs.length / 64 + 16);
    lines.add(0);
    KeywordIndex.Matcher keywords = new KeywordIndex.Matcher();
    int[] delta = KeywordIndex.delta();
    int[] info = INFO;
    int state = 0;
    int prev = 0;
    for (int i = 0; i < cs.length; i++) {
      char c = cs[i];
      int inf = c < 256 ? info[c] : Character.isLetter(c) ? OTHER_LETTER : OTHER;
      low[i] = (byte) inf;
      int v = delta[state + (inf >>> 16)];
      if (v >= 0) {
        state = v;
      } else {
        state = ~v;
        keywords.emit(state, i);
      }
      int cls = (inf >>> 8) & 3;
      if (cls != prev) {
        if (cls == 1) {
          if (prev == 0 && (i == 0 || cs[i - 1] != '.' && cs[i - 1] != '_')) {
            boundaryDigits.add(i);
          }
        } else if (cls == 2 && prev == 0) {
          words.add(i);
          if (c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c)) {
            uppers.add(i);
          }
        }
        prev = cls;
      }
      if (c == '\n') {
        lines.add(i + 1);
      }
    }
    this.lowerBytes = low;
    this.hits = keywords.result();
    this.wordStarts = words.toArray();
    this.boundaryDigitStarts = boundaryDigits.toArray();
    this.upperStarts = uppers.toArray();
    this.lineStarts = lines.toArray();
  }

  /** Digit runs not preceded by a letter, {@code .} or {@code _}: where numbers of interest start. */
  int[] boundaryDigitStarts() {
    return boundaryDigitStarts;
  }

  /** Word starts whose first letter is upper case (names, IBAN country codes, honorifics). */
  int[] upperStarts() {
    return upperStarts;
  }

  /** Where each word starts: a letter (any script) not preceded by a letter or digit, ascending. */
  int[] wordStarts() {
    return wordStarts;
  }

  /** Where each line starts (0, and after every {@code \n}), ascending. */
  int[] lineStarts() {
    return lineStarts;
  }

  /** End of the line starting at {@code lineStarts()[k]}, before its line break. */
  int lineEndAt(int k) {
    int e = k + 1 < lineStarts.length ? lineStarts[k + 1] - 1 : length;
    return e;
  }

  /**
   * The text with ASCII letters lower-cased, other Latin-1 chars unchanged and anything else
   * replaced by U+00BF, so indexes match the original exactly (unlike {@link String#toLowerCase},
   * which may change the length). For keyword checks only, never for output.
   */
  String lower() {
    if (lower == null) {
      lower = new String(lowerBytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    return lower;
  }

  /** Growable int array. */
  static final class IntList {
    private int[] a;
    private int n;

    IntList(int capacity) {
      a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }

  /** Start offsets of every case-insensitive occurrence of a registered keyword, ascending. */
  int[] hits(String keyword) {
    return hits[KeywordIndex.id(keyword)];
  }

  private final java.util.Map<String, int[]> merged = new java.util.HashMap<>();

  /** Per-call memo for pure functions of short strings (e.g. classifying a key name). */
  final java.util.Map<String, Object> memo = new java.util.HashMap<>();

  /** The hits of several keywords merged and sorted (cached under {@code group}). */
  int[] hits(String group, String[] keywords) {
    int[] m = merged.get(group);
    if (m == null) {
      int total = 0;
      for (String k : keywords) {
        total += hits(k).length;
      }
      m = new int[total];
      int i = 0;
      for (String k : keywords) {
        int[] h = hits(k);
        System.arraycopy(h, 0, m, i, h.length);
        i += h.length;
      }
      java.util.Arrays.sort(m);
      merged.put(group, m);
    }
    return m;
  }

  /** Whether some hit in the sorted {@code positions} starts inside {@code [from, to)}. */
  static boolean anyIn(int[] positions, int from, int to) {
    int lo = 0;
    int hi = positions.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return lo < positions.length && positions[lo] < to;
  }

  char at(int i) {
    return i >= 0 && i < length ? chars[i] : '\0';
  }

  void add(Kind kind, int start, int end) {
    add(kind.id, start, end, kind.specificity);
  }

  void add(String kind, int start, int end, int specificity) {
    if (start >= 0 && end > start && end <= length) {
      candidates.add(new Candidate(kind, start, end, specificity));
    }
  }

  void warn(String warning) {
    warnings.add(warning);
  }

  List<Candidate> candidates() {
    return candidates;
  }

  List<String> warnings() {
    return warnings;
  }
}
