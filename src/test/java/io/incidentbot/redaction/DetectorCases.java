package io.incidentbot.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

/** Runs one detector alone and states what it claimed, as {@code kind=value}. */
final class DetectorCases {
  private DetectorCases() {}

  static List<String> claims(Detector detector, String text) {
    Scan scan = new Scan(text);
    detector.detect(scan);
    return scan.candidates().stream()
        .map(c -> c.kind() + "=" + text.substring(c.start(), c.end()))
        .distinct()
        .collect(Collectors.toList());
  }

  /** The detector claims exactly {@code value} (and maybe more) as {@code kind}. */
  static void assertFinds(Detector detector, String text, String kind, String value) {
    assertThat(claims(detector, text)).as("claims in «%s»", text).contains(kind + "=" + value);
  }

  /** Some claim of {@code kind} covers {@code value} (it may extend further, e.g. over a city). */
  static void assertCovers(Detector detector, String text, String kind, String value) {
    assertThat(claims(detector, text)).as("claims in «%s»", text)
        .anyMatch(c -> c.startsWith(kind + "=") && c.substring(kind.length() + 1).contains(value));
  }

  /** The detector claims nothing at all. */
  static void assertNothing(Detector detector, String text) {
    assertThat(claims(detector, text)).as("claims in «%s»", text).isEmpty();
  }
}
