package io.incidentbot.cli;

import io.incidentbot.redaction.Finding;
import io.incidentbot.redaction.Redaction;
import io.incidentbot.redaction.RedactionRules;
import io.incidentbot.redaction.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code incident-bot redact}: reads text on stdin (UTF-8), writes it redacted to stdout exactly
 * (no newline added) and one summary line to stderr; {@code --json} writes
 * {@code {"text":…,"findings":[{"kind":…,"start":…,"end":…}],"counts":{…}}} instead. Unknown flags
 * or arguments exit 2 with a one-line message; invalid redaction rules in the config exit 1.
 */
@Command(name = "redact", mixinStandardHelpOptions = true, version = "incident-bot redact",
    description = {
        "Removes provider keys, credentials, payment data and private customer details from text.",
        "Reads stdin, writes the redacted text to stdout and a one-line summary to stderr."})
public final class RedactCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int BAD_CONFIG = 1;
  static final int USAGE = 2;

  @Option(names = "--json", description = "Print the redacted text, the findings (kind, start, end in the"
      + " original text) and the counts by kind as one JSON object on stdout.")
  boolean json;

  @Unmatched
  List<String> unmatched = new ArrayList<>();

  private final Supplier<RedactionRules> rules;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  public RedactCommand(Supplier<RedactionRules> rules, InputStream in, PrintStream out, PrintStream err) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /** Default rules and the process's standard streams. */
  public RedactCommand() {
    this(RedactionRules::none, System.in, System.out, System.err);
  }

  /**
   * A {@link CommandLine} for this command whose help, version and error output go to this
   * command's streams (a plain {@code new CommandLine(command)} writes those to System.out/err).
   */
  public CommandLine commandLine() {
    CommandLine cl = new CommandLine(this);
    cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler((ex, args) -> {
      err.println("redact: " + ex.getMessage() + " (see redact --help)");
      return USAGE;
    });
    return cl;
  }

  @Override
  public Integer call() throws IOException {
    if (!unmatched.isEmpty()) {
      String first = unmatched.get(0);
      err.println("redact: " + (first.startsWith("-") ? "unknown option '" : "unexpected argument '")
          + first + "' (usage: redact [--json] < input)");
      return USAGE;
    }
    Redactor redactor;
    try {
      redactor = new Redactor(rules.get());
    } catch (IllegalArgumentException e) {
      err.println("redact: " + e.getMessage());
      return BAD_CONFIG;
    }
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    Redaction result = redactor.redact(text);
    out.write((json ? toJson(result) + "\n" : result.text()).getBytes(StandardCharsets.UTF_8));
    out.flush();
    err.println(result.summary());
    for (String warning : result.warnings()) {
      err.println("redact: warning: " + warning);
    }
    err.flush();
    return OK;
  }

  static String toJson(Redaction r) {
    StringBuilder b = new StringBuilder(r.text().length() + 64 * r.findings().size() + 64);
    b.append("{\"text\":");
    Json.string(b, r.text());
    b.append(",\"findings\":[");
    boolean first = true;
    for (Finding f : r.findings()) {
      b.append(first ? "" : ",").append("{\"kind\":");
      Json.string(b, f.kind());
      b.append(",\"start\":").append(f.start()).append(",\"end\":").append(f.end()).append('}');
      first = false;
    }
    b.append("],\"counts\":{");
    first = true;
    for (Map.Entry<String, Integer> e : r.countsByKind().entrySet()) {
      b.append(first ? "" : ",");
      Json.string(b, e.getKey());
      b.append(':').append(e.getValue());
      first = false;
    }
    b.append('}');
    if (!r.warnings().isEmpty()) {
      b.append(",\"warnings\":[");
      first = true;
      for (String w : r.warnings()) {
        b.append(first ? "" : ",");
        Json.string(b, w);
        first = false;
      }
      b.append(']');
    }
    return b.append('}').toString();
  }

  /** Just enough JSON: strings escaped per RFC 8259. */
  static final class Json {
    private Json() {}

    static void string(StringBuilder b, String s) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          case '\b' -> b.append("\\b");
          case '\f' -> b.append("\\f");
          default -> {
            if (c < 0x20 || c == '\u2028' || c == '\u2029') {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      b.append('"');
    }
  }
}
