package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What the {@code redaction:} section of the config says.
 *
 * @param disabledKinds kinds whose detectors are switched off ({@code redaction.disabled_kinds});
 *                      text they would have caught may still be caught by a broader detector
 *                      (for example {@code generic_secret}) unless that is switched off too
 * @param allowlist     values never redacted ({@code redaction.allowlist}): compared with the whole
 *                      matched value, case-insensitively; {@code *} matches any run of characters
 *                      (e.g. {@code *@mycompany.com})
 * @param extraPatterns extra regexes ({@code redaction.extra_patterns}), run per line with a budget
 */
public record RedactionRules(Set<String> disabledKinds, List<String> allowlist,
                             List<ExtraPattern> extraPatterns) {

  private static final Pattern KIND_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

  public RedactionRules {
    disabledKinds = disabledKinds == null ? Set.of()
        : Collections.unmodifiableSet(new LinkedHashSet<>(disabledKinds));
    allowlist = allowlist == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(allowlist));
    extraPatterns = extraPatterns == null ? List.of()
        : Collections.unmodifiableList(new ArrayList<>(extraPatterns));
  }

  /** No kind disabled, empty allowlist, no extra pattern: the defaults. */
  public static RedactionRules none() {
    return new RedactionRules(Set.of(), List.of(), List.of());
  }

  /**
   * Everything wrong with these rules, one human message per problem, each starting with the
   * config path it is about. Empty when the rules are usable.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Set<String> extraKinds = new LinkedHashSet<>();
    int i = 0;
    for (ExtraPattern p : extraPatterns) {
      String path = "redaction.extra_patterns[" + i++ + "]";
      if (p == null) {
        problems.add(path + ": empty entry");
        continue;
      }
      if (p.kind() == null || p.kind().isBlank()) {
        problems.add(path + ".kind: missing");
      } else if (!KIND_NAME.matcher(p.kind()).matches()) {
        problems.add(path + ".kind: '" + p.kind()
            + "' is not a snake_case name (lower-case letters, digits and _, at most 40)");
      } else {
        extraKinds.add(p.kind());
      }
      if (p.regex() == null || p.regex().isEmpty()) {
        problems.add(path + ".regex: missing");
        continue;
      }
      try {
        Pattern compiled = Pattern.compile(p.regex());
        if (compiled.matcher("").find()) {
          problems.add(path + ".regex: matches the empty string, so it would match everywhere");
        }
      } catch (PatternSyntaxException e) {
        problems.add(path + ".regex: " + describe(e));
      } catch (RuntimeException e) {
        problems.add(path + ".regex: cannot be compiled (" + e.getClass().getSimpleName() + ")");
      }
    }
    i = 0;
    for (String kind : disabledKinds) {
      String path = "redaction.disabled_kinds[" + i++ + "]";
      if (kind == null || kind.isBlank()) {
        problems.add(path + ": empty entry");
      } else if (Kind.byId(kind) == null && !extraKinds.contains(kind)) {
        String hint = closest(kind);
        problems.add(path + ": unknown kind '" + kind + "'"
            + (hint == null ? "" : " (did you mean '" + hint + "'?)")
            + " (known: " + String.join(", ", Redactor.kinds()) + ")");
      }
    }
    i = 0;
    for (String entry : allowlist) {
      String path = "redaction.allowlist[" + i++ + "]";
      if (entry == null || entry.isBlank()) {
        problems.add(path + ": empty entry");
      } else if (entry.chars().allMatch(c -> c == '*')) {
        problems.add(path + ": '" + entry + "' would allow everything");
      }
    }
    return List.copyOf(problems);
  }

  private static String describe(PatternSyntaxException e) {
    String d = e.getDescription();
    if (d == null || d.isEmpty()) {
      d = "invalid pattern";
    }
    d = d.substring(0, 1).toLowerCase(Locale.ROOT) + d.substring(1);
    return e.getIndex() >= 0 ? d + " near index " + e.getIndex() : d;
  }

  private static String closest(String unknown) {
    String best = null;
    int bestDistance = 3; // suggest only near misses
    for (String k : Redactor.kinds()) {
      int d = distance(unknown.toLowerCase(Locale.ROOT), k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3 || a.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
