package io.incidentbot.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs that make backtracking regex engines hang. The timeouts are hang guards only (a linear
 * pass takes well under a second); speed is measured by {@link RedactorBenchmark}.
 */
class PathologicalInputTest {

  private final Redactor redactor = Redactor.withDefaults();

  @Test
  @Timeout(20)
  void tenMegabyteLineOfA() {
    Redaction r = redactor.redact("a".repeat(10_000_000));
    assertThat(r.findings()).isEmpty();
  }

  @Test
  @Timeout(20)
  void fiveMegabyteBase64Blob() {
    Random rnd = new Random(7);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder b = new StringBuilder(5_000_000);
    for (int i = 0; i < 5_000_000; i++) {
      b.append(alphabet.charAt(rnd.nextInt(64)));
    }
    Redaction r = redactor.redact("data:image/png;base64," + b);
    assertThat(r.text()).hasSizeGreaterThan(1_000_000);
  }

  @Test
  @Timeout(20)
  void hundredThousandAtSigns() {
    assertThat(redactor.redact("@".repeat(100_000)).findings()).isEmpty();
    assertThat(redactor.redact("a@".repeat(100_000)).findings()).isEmpty();
  }

  @Test
  @Timeout(20)
  void repeatedPrefixesAndSeparators() {
    for (String unit : new String[] {"sk-", "=:", "key=", "-----BEGIN RSA PRIVATE KEY-----", "password is ",
        "1.1.1.1.", "ab::cd:", "1 ", "4", "Hi Jane,\n", "$2y$", "eyJ.", "://a@", "| a | b |\n", "Mr ", "define("}) {
      String text = unit.repeat(1_000_000 / unit.length());
      assertThat(redactor.redact(text).text()).isNotNull();
    }
  }
}
