package io.incidentbot.config;

import io.incidentbot.redaction.ExtraPattern;
import io.incidentbot.redaction.RedactionRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The optional {@code redaction:} section; the rules check themselves and name their paths. */
final class RedactionConfig {
    private RedactionConfig() {
    }

    /** Optional: what the redactor should also catch, leave alone, or skip (its own checks name the paths). */
    static RedactionRules read(Node root) {
        Node node = root.child("redaction").orElse(null);
        if (node == null) {
            return RedactionRules.none();
        }
        Set<String> disabled = new LinkedHashSet<>(ConfigLoader.nonEmpty(node.texts("disabled_kinds")));
        List<String> allowlist = ConfigLoader.nonEmpty(node.texts("allowlist"));
        List<ExtraPattern> extra = new ArrayList<>();
        for (Node pattern : node.list("extra_patterns", false)) {
            extra.add(new ExtraPattern(pattern.optionalText("kind").orElse(null),
                    pattern.optionalText("regex").orElse(null)));
            pattern.rejectUnknownKeys();
        }
        node.rejectUnknownKeys();
        return new RedactionRules(disabled, allowlist, extra);
    }
}
