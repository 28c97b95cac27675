package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User patterns from {@code redaction.extra_patterns}. java.util.regex backtracks, so a careless
 * pattern ({@code (a+)+b}) could take exponential time; each pattern therefore runs line by line
 * (long lines in {@value #MAX_LINE}-char slices, overlapping by {@value #OVERLAP}) over a
 * {@link CharSequence} that counts reads: past {@value #STEPS_PER_CHAR} reads per char of the slice
 * plus {@value #STEPS_BASE}, the pattern is abandoned for that slice and a warning is recorded. A
 * pattern that gives up on {@value #MAX_GIVE_UPS} slices is skipped for the rest of the text. So a
 * user pattern costs at most a constant factor per input char.
 */
final class ExtraPatternDetector implements Detector {

  static final int MAX_LINE = 8192;
  static final int OVERLAP = 256;
  static final int STEPS_PER_CHAR = 64;
  static final int STEPS_BASE = 20_000;
  static final int MAX_GIVE_UPS = 16;

  private record Compiled(String kind, Pattern pattern, int specificity) {}

  private final List<Compiled> patterns = new ArrayList<>();

  ExtraPatternDetector(List<ExtraPattern> extra) {
    for (ExtraPattern p : extra) {
      Kind builtIn = Kind.byId(p.kind());
      patterns.add(new Compiled(p.kind(), Pattern.compile(p.regex()),
          builtIn != null ? Math.max(builtIn.specificity, Kind.EXTRA_PATTERN_SPECIFICITY)
              : Kind.EXTRA_PATTERN_SPECIFICITY));
    }
  }

  private static final class BudgetExceeded extends RuntimeException {
    BudgetExceeded() {
      super(null, null, false, false);
    }
  }

  /** A window of the text whose reads are counted. */
  private static final class Budgeted implements CharSequence {
    private final String text;
    private final int offset;
    private final int length;
    private long budget;

    Budgeted(String text, int offset, int length, long budget) {
      this.text = text;
      this.offset = offset;
      this.length = length;
      this.budget = budget;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (--budget < 0) {
        throw new BudgetExceeded();
      }
      return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(offset + start, offset + end);
    }

    @Override
    public String toString() {
      return text.substring(offset, offset + length);
    }
  }

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    for (Compiled c : patterns) {
      int giveUps = 0;
      int ls = 0;
      int n = scan.length;
      while (ls < n && giveUps < MAX_GIVE_UPS) {
        int le = ls;
        while (le < n && t.charAt(le) != '\n') {
          le++;
        }
        for (int s = ls; s < le || s == ls; s += MAX_LINE - OVERLAP) {
          int e = Math.min(le, s + MAX_LINE);
          if (!run(scan, c, s, e)) {
            giveUps++;
          }
          if (e >= le || giveUps >= MAX_GIVE_UPS) {
            break;
          }
        }
        ls = le + 1;
      }
      if (giveUps > 0) {
        scan.warn("extra pattern '" + c.kind() + "' exceeded its step budget on " + giveUps
            + (giveUps >= MAX_GIVE_UPS ? "+ lines and was skipped for the rest of the text"
                : " line(s); those lines were not checked by it"));
      }
    }
  }

  private static boolean run(Scan scan, Compiled c, int s, int e) {
    if (e <= s) {
      return true;
    }
    Budgeted seq = new Budgeted(scan.text, s, e - s, (long) STEPS_PER_CHAR * (e - s) + STEPS_BASE);
    Matcher m = c.pattern().matcher(seq);
    try {
      while (m.find()) {
        if (m.end() > m.start()) {
          scan.add(c.kind(), s + m.start(), s + m.end(), c.specificity());
        }
      }
      return true;
    } catch (BudgetExceeded | StackOverflowError ex) {
      return false;
    }
  }
}
