package io.incidentbot.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Measures the redactor on the hand-labelled corpus: recall over labelled secrets (overall and
 * per kind), false positives over labelled hard negatives, and findings that match no label.
 *
 * <p>A secret counts as caught when findings cover its whole span (what matters is that no char of
 * it is published); whether the covering finding also names the right kind is reported as kind
 * accuracy. A hard negative is a false positive when any finding touches it.
 */
class RedactionCorpusTest {

  static final double MIN_RECALL = 0.99;
  static final double MIN_KIND_RECALL = 0.97;
  static final double MAX_FP_RATE = 0.01;

  @Test
  void recallAndFalsePositivesOnTheLabelledCorpus() {
    List<LabelledCorpus.Doc> docs = LabelledCorpus.load();
    Redactor redactor = Redactor.withDefaults();
    Map<String, int[]> perKind = new TreeMap<>();     // labelled, caught, rightKind
    Map<String, int[]> perCategory = new TreeMap<>(); // labelled, touched
    List<String> misses = new ArrayList<>();
    List<String> falsePositives = new ArrayList<>();
    List<String> unlabelled = new ArrayList<>();
    int secrets = 0;
    int caught = 0;
    int rightKind = 0;
    int negatives = 0;
    int touched = 0;
    int findingsTotal = 0;
    for (LabelledCorpus.Doc doc : docs) {
      List<Finding> findings = redactor.redact(doc.text()).findings();
      findingsTotal += findings.size();
      for (LabelledCorpus.Label l : doc.labels()) {
        String value = doc.text().substring(l.start(), l.end());
        if (l.secret()) {
          secrets++;
          int[] k = perKind.computeIfAbsent(l.kind(), x -> new int[3]);
          k[0]++;
          if (covered(findings, l.start(), l.end())) {
            caught++;
            k[1]++;
            if (kindAt(findings, l.start()).equals(l.kind())) {
              rightKind++;
              k[2]++;
            }
          } else {
            misses.add(doc.name() + "  " + l.kind() + "  «" + oneLine(value) + "»");
          }
        } else {
          negatives++;
          int[] c = perCategory.computeIfAbsent(l.kind(), x -> new int[2]);
          c[0]++;
          Finding hit = touching(findings, l.start(), l.end());
          if (hit != null) {
            touched++;
            c[1]++;
            falsePositives.add(doc.name() + "  " + l.kind() + "  «" + oneLine(value) + "» hit by "
                + hit.kind() + " «" + oneLine(doc.text().substring(hit.start(), hit.end())) + "»");
          }
        }
      }
      for (Finding f : findings) {
        boolean labelled = doc.labels().stream()
            .anyMatch(l -> l.secret() && l.start() < f.end() && f.start() < l.end());
        if (!labelled) {
          unlabelled.add(doc.name() + "  " + f.kind() + "  «"
              + oneLine(doc.text().substring(f.start(), f.end())) + "»");
        }
      }
    }

    double recall = (double) caught / secrets;
    double fpRate = (double) touched / negatives;
    StringBuilder report = new StringBuilder();
    report.append(String.format("%nRedaction corpus: %d documents, %d labelled secrets, %d hard negatives, %d findings%n",
        docs.size(), secrets, negatives, findingsTotal));
    report.append(String.format("%-24s %8s %8s %8s %10s%n", "kind", "labelled", "caught", "recall", "right kind"));
    double minKind = 1;
    String minKindName = "";
    for (Map.Entry<String, int[]> e : perKind.entrySet()) {
      int[] k = e.getValue();
      double r = (double) k[1] / k[0];
      if (r < minKind) {
        minKind = r;
        minKindName = e.getKey();
      }
      report.append(String.format("%-24s %8d %8d %7.1f%% %9.1f%%%n", e.getKey(), k[0], k[1], 100 * r,
          k[1] == 0 ? 0 : 100.0 * k[2] / k[1]));
    }
    report.append(String.format("%-24s %8s %8s%n", "hard negative", "labelled", "touched"));
    perCategory.forEach((cat, c) -> report.append(String.format("%-24s %8d %8d%n", cat, c[0], c[1])));
    report.append(String.format("OVERALL recall %.2f%% (%d/%d), lowest kind %s %.1f%%, kind accuracy %.1f%%,"
            + " false positives %.2f%% (%d/%d), findings matching no label %d%n",
        100 * recall, caught, secrets, minKindName, 100 * minKind, 100.0 * rightKind / Math.max(1, caught),
        100 * fpRate, touched, negatives, unlabelled.size()));
    misses.forEach(m -> report.append("MISS  ").append(m).append('\n'));
    falsePositives.forEach(m -> report.append("FP    ").append(m).append('\n'));
    unlabelled.forEach(m -> report.append("EXTRA ").append(m).append('\n'));
    System.out.println(report);

    assertThat(secrets).as("labelled secrets").isGreaterThanOrEqualTo(300);
    assertThat(negatives).as("labelled hard negatives").isGreaterThanOrEqualTo(300);
    assertThat(perKind.keySet()).as("every built-in kind is labelled in the corpus")
        .containsAll(Redactor.kinds());
    assertThat(recall).as("overall recall").isGreaterThanOrEqualTo(MIN_RECALL);
    assertThat(minKind).as("lowest per-kind recall (" + minKindName + ")").isGreaterThanOrEqualTo(MIN_KIND_RECALL);
    assertThat(fpRate).as("false positive rate on hard negatives").isLessThanOrEqualTo(MAX_FP_RATE);
    assertThat(unlabelled.size()).as("findings that match no labelled secret")
        .isLessThanOrEqualTo(Math.max(1, findingsTotal / 100));
  }

  static boolean covered(List<Finding> findings, int start, int end) {
    int pos = start;
    for (Finding f : findings) {
      if (f.end() <= pos) {
        continue;
      }
      if (f.start() > pos) {
        // a gap made only of blanks between two findings still leaks nothing
        return false;
      }
      pos = f.end();
      if (pos >= end) {
        return true;
      }
    }
    return pos >= end;
  }

  static String kindAt(List<Finding> findings, int pos) {
    for (Finding f : findings) {
      if (f.start() <= pos && pos < f.end()) {
        return f.kind();
      }
    }
    return "";
  }

  static Finding touching(List<Finding> findings, int start, int end) {
    for (Finding f : findings) {
      if (f.start() < end && start < f.end()) {
        return f;
      }
    }
    return null;
  }

  private static String oneLine(String s) {
    String v = s.replace("\n", "⏎");
    return v.length() > 90 ? v.substring(0, 87) + "..." : v;
  }
}
