package io.incidentbot.redaction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of {@link Redactor#redact} on one thread. Not part of the default test run:
 * {@code mvn -B -Pbench test -Dtest=RedactorBenchmark}. Prints MB/s (1 MB = 10^6 chars of input)
 * by wall clock and by the thread's CPU time (the latter is steadier on a shared machine), and
 * asserts nothing about speed.
 */
@Tag("bench")
class RedactorBenchmark {

  private static final int MIXED_MB = 64;

  @Test
  void throughput() {
    Redactor redactor = Redactor.withDefaults();
    String mixed = mixedLog(MIXED_MB * 1_000_000);
    String warm = mixed.substring(0, 8_000_000);
    for (int i = 0; i < 5; i++) {
      redactor.redact(warm);
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double bestWall = 0;
    double bestCpu = 0;
    int findings = 0;
    for (int run = 0; run < 5; run++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Redaction r = redactor.redact(mixed);
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      findings = r.findings().size();
      bestWall = Math.max(bestWall, mixed.length() / 1e6 / ((t1 - t0) / 1e9));
      bestCpu = Math.max(bestCpu, mixed.length() / 1e6 / ((c1 - c0) / 1e9));
    }
    System.out.printf("%nmixed log: %.1f MB, %d lines, %d findings; best of 5 single-threaded: %.1f MB/s wall,"
            + " %.1f MB/s CPU%n", mixed.length() / 1e6, mixed.lines().count(), findings, bestWall, bestCpu);

    // the labelled corpus repeated: the worst realistic case, a secret or a name every ~160 chars
    StringBuilder corpus = new StringBuilder();
    for (LabelledCorpus.Doc d : LabelledCorpus.load()) {
      corpus.append(d.text()).append('\n');
    }
    String dense = corpus.toString().repeat(MIXED_MB * 1_000_000 / corpus.length() + 1);
    redactor.redact(dense.substring(0, 8_000_000));
    bestWall = 0;
    bestCpu = 0;
    for (int run = 0; run < 3; run++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Redaction r = redactor.redact(dense);
      long t1 = System.nanoTime();
      long c1 = cpu.getCurrentThreadCpuTime();
      findings = r.findings().size();
      bestWall = Math.max(bestWall, dense.length() / 1e6 / ((t1 - t0) / 1e9));
      bestCpu = Math.max(bestCpu, dense.length() / 1e6 / ((c1 - c0) / 1e9));
    }
    System.out.printf("secret-dense corpus text: %.1f MB, %d findings; best of 3 single-threaded: %.1f MB/s wall,"
        + " %.1f MB/s CPU%n", dense.length() / 1e6, findings, bestWall, bestCpu);

    Map<String, String> pathological = new LinkedHashMap<>();
    pathological.put("10 MB line of 'a'", "a".repeat(10_000_000));
    pathological.put("5 MB base64 blob", base64(5_000_000));
    pathological.put("100 000 '@'", "@".repeat(100_000));
    pathological.put("10 MB of digits", "4".repeat(10_000_000));
    pathological.put("5 MB of '1 ' (digit groups)", "1 ".repeat(2_500_000));
    pathological.put("5 MB of 'a@' ", "a@".repeat(2_500_000));
    pathological.put("5 MB of 'sk-' ", "sk-".repeat(1_700_000));
    pathological.put("5 MB of '=' and ':'", "=:".repeat(2_500_000));
    pathological.put("5 MB of 'key=' ", "key=".repeat(1_250_000));
    pathological.put("5 MB of '-----BEGIN RSA PRIVATE KEY-----'", "-----BEGIN RSA PRIVATE KEY-----".repeat(160_000));
    pathological.put("5 MB of 'password is '", "password is ".repeat(420_000));
    pathological.put("5 MB of '1.1.1.1.'", "1.1.1.1.".repeat(625_000));
    pathological.put("5 MB of ':: ' and hex", "ab::cd:".repeat(700_000));
    pathological.put("100 000 short lines 'Hi Jane,'", "Hi Jane,\n".repeat(100_000));
    for (Map.Entry<String, String> e : pathological.entrySet()) {
      redactor.redact(e.getValue()); // warm
      long t0 = cpu.getCurrentThreadCpuTime();
      Redaction r = redactor.redact(e.getValue());
      long t1 = cpu.getCurrentThreadCpuTime();
      double secs = (t1 - t0) / 1e9;
      System.out.printf("pathological %-40s %6.1f MB in %7.3f s CPU = %8.1f MB/s (%d findings)%n", e.getKey(),
          e.getValue().length() / 1e6, secs, e.getValue().length() / 1e6 / secs, r.findings().size());
    }
  }

  private static String base64(int n) {
    Random rnd = new Random(1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(rnd.nextInt(64)));
    }
    return b.toString();
  }

  /** A realistic WordPress/WooCommerce support log with a secret or personal detail every ~40 lines. */
  static String mixedLog(int chars) {
    Random rnd = new Random(42);
    List<String> clean = new ArrayList<>(List.of(
        "[15-Jan-2024 10:22:%02d UTC] PHP Warning:  Undefined array key \"billing_phone\" in /var/www/html/wp-content/themes/storefront-child/functions.php on line %d",
        "[15-Jan-2024 10:22:%02d UTC] PHP Fatal error:  Uncaught TypeError: WC_Order::get_total(): Return value must be of type string, null returned in /var/www/html/wp-content/plugins/woocommerce/includes/class-wc-order.php:%d",
        "#%d /var/www/html/wp-includes/class-wp-hook.php(324): WC_Gateway_Stripe->process_payment(48213)",
        "2024-01-15T10:22:%02d+00:00 DEBUG ====Stripe Version: 8.0.1==== request_id=req_Wq3LmN8pXyZ1aB status=%d",
        "10.0.3.4 - - [17/Jan/2024:10:41:%02d +0000] \"GET /wp-json/wc/v3/orders?page=%d HTTP/1.1\" 200 4417 \"-\" \"WooCommerce API Client-PHP/3.1.0\"",
        "2024-01-15T10:22:%02d+00:00 INFO Action %d (woocommerce_cleanup_draft_orders) completed in 0.44s, memory 48.2 MB, queries 188",
        "{\"id\":%d,\"status\":\"processing\",\"currency\":\"GBP\",\"version\":\"8.5.1\",\"total\":\"54.90\",\"request\":\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",\"line\":%d}",
        "[18-Jan-2024 12:33:%02d UTC] PHP Notice: Feed::add_item() is deprecated since version 3.2.0 (WordPress 6.4.2, PHP 8.2.12, line %d)",
        "Commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3 on release/8.5 — Chrome/120.0.6099.109 — colour #2271b1 — %d of %d",
        "2024/01/17 10:44:%02d [error] 1423#1423: *%d FastCGI sent in stderr: \"PHP message: Allowed memory size of 268435456 bytes exhausted\""));
    List<String> sensitive = List.of(
        "%d2024-01-15 DEBUG Headers: {\"Authorization\":\"Bearer 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\"} %d",
        "%d Customer note from jane.doe%d@example.com: call me on 07700 900461, 22 Acacia Avenue",
        "%d 86.14.202.77 - - [17/Jan/2024:10:41:09 +0000] \"POST /?wc-ajax=checkout HTTP/2.0\" 500 %d",
        "%d define( 'DB_PASSWORD', 'Tr4ns!t-Sh0p#2023' ); // line %d",
        "%d Card: 4242 4242 4242 4242 exp 12/27 cvv 123 (order %d)",
        "%d consumer_key=ck_4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b&consumer_secret=cs_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b page=%d",
        "%d Billing address: Priya Raman, 9 Kirkstall Lane, Leeds, LS5 3BE, United Kingdom (UK) #%d");
    StringBuilder b = new StringBuilder(chars + 512);
    int line = 0;
    while (b.length() < chars) {
      line++;
      String f = rnd.nextInt(40) == 0 ? sensitive.get(rnd.nextInt(sensitive.size()))
          : clean.get(rnd.nextInt(clean.size()));
      b.append(String.format(f, rnd.nextInt(60), line)).append('\n');
    }
    return b.toString();
  }
}
