package io.incidentbot.redaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads the labelled corpus under {@code src/test/resources/redaction/corpus}: inline markers
 * {@code ⟦kind|value⟧} (a secret of that kind) and {@code ⟪category|value⟫} (a hard negative) are
 * stripped, leaving the document as pasted, with the labels' spans (see the README there).
 */
final class LabelledCorpus {

  record Label(String doc, String kind, int start, int end, boolean secret) {}

  record Doc(String name, String text, List<Label> labels) {}

  private LabelledCorpus() {}

  static List<Doc> load() {
    try {
      URL url = LabelledCorpus.class.getClassLoader().getResource("redaction/corpus");
      if (url == null) {
        throw new IllegalStateException("corpus not on the test classpath");
      }
      List<Doc> docs = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        for (Path p : files.sorted().toList()) {
          String name = p.getFileName().toString();
          if (!name.equals("README.md")) {
            docs.add(parse(name, Files.readString(p, StandardCharsets.UTF_8)));
          }
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Doc parse(String name, String marked) {
    StringBuilder clean = new StringBuilder(marked.length());
    List<Label> labels = new ArrayList<>();
    Deque<Object[]> open = new ArrayDeque<>(); // {kind, start, secret}
    int i = 0;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (c == '⟦' || c == '⟪') {
        int bar = marked.indexOf('|', i);
        if (bar < 0 || bar - i > 40) {
          throw new IllegalArgumentException(name + ": marker without kind at " + i);
        }
        open.push(new Object[] {marked.substring(i + 1, bar), clean.length(), c == '⟦'});
        i = bar + 1;
      } else if (c == '⟧' || c == '⟫') {
        Object[] o = open.pop();
        if ((Boolean) o[2] != (c == '⟧')) {
          throw new IllegalArgumentException(name + ": mismatched marker at " + i);
        }
        labels.add(new Label(name, (String) o[0], (Integer) o[1], clean.length(), (Boolean) o[2]));
        i++;
      } else {
        clean.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException(name + ": unclosed marker");
    }
    return new Doc(name, clean.toString(), labels);
  }
}
