package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Removes provider keys, credentials, payment data and private customer details from text before
 * it leaves the support team (Slack updates, hand-offs, status pages).
 *
 * <p>How it works: a fixed set of small detectors ({@link Detector}) each scan the text once,
 * anchored on cheap prefilters (a prefix such as {@code sk-}, a character such as {@code @}, a
 * lower-cased keyword such as {@code authorization}) with bounded look-around, so the whole pass is
 * linear in the input. They report candidate spans; overlapping candidates are merged into one
 * finding named by the longest candidate (ties: the more specific kind), so nothing a detector
 * claimed is ever left half-visible. Each finding is replaced by a typed placeholder, numbered per
 * kind and per distinct value: the same e-mail address is {@code [REDACTED:email#1]} every time.
 *
 * <p>User extra patterns are java.util.regex expressions, which can backtrack; they are therefore
 * run line by line (lines are cut into {@value ExtraPatternDetector#MAX_LINE}-char slices) and each
 * slice gets a budget of {@value ExtraPatternDetector#STEPS_PER_CHAR} character reads per char plus
 * {@value ExtraPatternDetector#STEPS_BASE}; a pattern that exceeds it on a slice is abandoned for
 * that slice and a warning is added to the {@link Redaction}.
 *
 * <p>Instances are immutable and thread-safe; build one and reuse it.
 */
public final class Redactor {

  private static final List<String> KINDS =
      Arrays.stream(Kind.values()).map(k -> k.id).sorted().toList();

  private final List<Detector> detectors;
  private final Set<String> disabled;
  private final List<String> allowlist;

  public Redactor(RedactionRules rules) {
    Objects.requireNonNull(rules, "rules");
    List<String> problems = rules.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid redaction rules: " + String.join("; ", problems));
    }
    this.disabled = Set.copyOf(rules.disabledKinds());
    List<String> allow = new ArrayList<>();
    for (String a : rules.allowlist()) {
      allow.add(a.trim().toLowerCase(Locale.ROOT));
    }
    this.allowlist = List.copyOf(allow);
    List<Detector> d = new ArrayList<>(builtInDetectors());
    if (!rules.extraPatterns().isEmpty()) {
      d.add(new ExtraPatternDetector(rules.extraPatterns()));
    }
    this.detectors = List.copyOf(d);
  }

  /** A redactor with every built-in kind on, no allowlist and no extra pattern. */
  public static Redactor withDefaults() {
    return Defaults.INSTANCE;
  }

  /** Every built-in kind name (stable snake_case), sorted. */
  public static List<String> kinds() {
    return KINDS;
  }

  private static final class Defaults {
    static final Redactor INSTANCE = new Redactor(RedactionRules.none());
  }

  static List<Detector> builtInDetectors() {
    return List.of(
        new ProviderKeyDetector(),
        new JwtDetector(),
        new PrivateKeyDetector(),
        new PasswordHashDetector(),
        new KeywordSecretDetector(),
        new WpConfigDetector(),
        new AuthHeaderDetector(),
        new UrlCredentialDetector(),
        new CookieDetector(),
        new CardDetector(),
        new IbanDetector(),
        new EmailDetector(),
        new PhoneDetector(),
        new IpAddressDetector(),
        new CustomerDetailsDetector(),
        new TableDetector(),
        new StreetAddressDetector(),
        new LicenseKeyDetector());
  }

  /** Redacts {@code text} into the only form customer-facing output accepts. Thread-safe. */
  public RedactedText safe(String text) {
    Redaction redaction = redact(text);
    return new RedactedText(redaction.text(), redaction.summary());
  }

  /** Redacts {@code text}. Thread-safe. {@code null} is treated as the empty string. */
  public Redaction redact(String text) {
    if (text == null || text.isEmpty()) {
      return new Redaction(text == null ? "" : text, List.of());
    }
    Scan scan = new Scan(text);
    for (Detector d : detectors) {
      d.detect(scan);
    }
    List<Finding> findings = resolve(scan.candidates(), text);
    return new Redaction(render(text, findings), findings, scan.warnings());
  }

  /** Drops disabled and allowlisted candidates, then merges overlaps deterministically. */
  private List<Finding> resolve(List<Scan.Candidate> all, String text) {
    List<Scan.Candidate> kept = new ArrayList<>(all.size());
    for (Scan.Candidate c : all) {
      if (!disabled.contains(c.kind()) && !allowlisted(text, c.start(), c.end())) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Scan.Candidate::start)
        .thenComparing(Comparator.comparingInt(Scan.Candidate::end).reversed()));
    List<Finding> findings = new ArrayList<>();
    int i = 0;
    while (i < kept.size()) {
      Scan.Candidate best = kept.get(i);
      int start = best.start();
      int end = best.end();
      int j = i + 1;
      while (j < kept.size() && kept.get(j).start() < end) {
        Scan.Candidate c = kept.get(j);
        end = Math.max(end, c.end());
        if (better(c, best)) {
          best = c;
        }
        j++;
      }
      findings.add(new Finding(best.kind(), start, end));
      i = j;
    }
    return findings;
  }

  /** Longest span wins; then the more specific kind; then the earlier start; then kind name. */
  private static boolean better(Scan.Candidate a, Scan.Candidate b) {
    int la = a.end() - a.start();
    int lb = b.end() - b.start();
    if (la != lb) {
      return la > lb;
    }
    if (a.specificity() != b.specificity()) {
      return a.specificity() > b.specificity();
    }
    if (a.start() != b.start()) {
      return a.start() < b.start();
    }
    return a.kind().compareTo(b.kind()) < 0;
  }

  private boolean allowlisted(String text, int start, int end) {
    if (allowlist.isEmpty() || end - start > 4096) {
      return false;
    }
    String value = text.substring(start, end).trim().toLowerCase(Locale.ROOT);
    for (String pattern : allowlist) {
      if (Glob.matches(pattern, value)) {
        return true;
      }
    }
    return false;
  }

  private static String render(String text, List<Finding> findings) {
    if (findings.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16 * findings.size());
    Map<String, Integer> numbers = new HashMap<>();
    Map<String, Integer> perKind = new HashMap<>();
    int pos = 0;
    for (Finding f : findings) {
      out.append(text, pos, f.start());
      String key = f.kind() + '\u0000' + normalise(f.kind(), text, f.start(), f.end());
      Integer n = numbers.get(key);
      if (n == null) {
        n = perKind.merge(f.kind(), 1, Integer::sum);
        numbers.put(key, n);
      }
      out.append("[REDACTED:").append(f.kind()).append('#').append(n).append(']');
      for (int i = f.start(); i < f.end(); i++) { // keep line breaks: line numbers still match
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          out.append(c);
        }
      }
      pos = f.end();
    }
    out.append(text, pos, text.length());
    return out.toString();
  }

  /** The identity of a value for placeholder numbering (same value, same number). */
  static String normalise(String kind, String text, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    switch (kind) {
      case "card_number", "phone", "iban" -> {
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (Chars.isAlnum(c)) {
            b.append(Character.toUpperCase(c));
          }
        }
      }
      case "email", "person_name", "street_address" -> {
        String v = text.substring(start, end).replace("%40", "@").toLowerCase(Locale.ROOT);
        boolean space = false;
        for (int i = 0; i < v.length(); i++) {
          char c = v.charAt(i);
          if (Chars.isWhitespace(c)) {
            space = b.length() > 0;
          } else {
            if (space) {
              b.append(' ');
              space = false;
            }
            b.append(c);
          }
        }
      }
      default -> {
        // a value broken over two lines equals the same value on one line
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          if (c == '\n' || c == '\r') {
            while (i + 1 < end && (Chars.isSpace(text.charAt(i + 1)) || text.charAt(i + 1) == '>'
                || Chars.isLineBreak(text.charAt(i + 1)))) {
              i++;
            }
          } else {
            b.append(c);
          }
        }
        // trailing blanks before the line break
        int len = b.length();
        while (len > 0 && Chars.isSpace(b.charAt(len - 1))) {
          len--;
        }
        b.setLength(len);
      }
    }
    return b.toString();
  }
}
