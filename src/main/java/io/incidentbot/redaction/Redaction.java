package io.incidentbot.redaction;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The result of {@link Redactor#redact(String)}.
 *
 * @param text     the redacted text: every finding replaced by a typed placeholder such as
 *                 {@code [REDACTED:email#1]}; the same value gets the same placeholder throughout
 *                 the document; line breaks inside a finding are kept so line numbers still match
 * @param findings the findings, ordered by start offset, non-overlapping, spans in the ORIGINAL text
 * @param warnings problems met while redacting (for example an extra pattern that exceeded its
 *                 step budget on some lines); empty in the normal case
 */
public record Redaction(String text, List<Finding> findings, List<String> warnings) {

  public Redaction {
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
  }

  public Redaction(String text, List<Finding> findings) {
    this(text, findings, List.of());
  }

  /** Number of findings per kind, sorted by kind name. */
  public Map<String, Integer> countsByKind() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts.merge(f.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * One line for humans: {@code "nothing removed"}, or {@code "3 removed: email (2), openai_key"}
   * (a kind's count is shown when it is above one).
   */
  public String summary() {
    if (findings.isEmpty()) {
      return "nothing removed";
    }
    StringJoiner kinds = new StringJoiner(", ");
    countsByKind().forEach((kind, n) -> kinds.add(n == 1 ? kind : kind + " (" + n + ")"));
    return findings.size() + " removed: " + kinds;
  }
}
