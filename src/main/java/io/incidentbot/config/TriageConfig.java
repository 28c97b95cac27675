package io.incidentbot.config;

import io.incidentbot.severity.Criterion;
import io.incidentbot.severity.Severity;
import io.incidentbot.severity.SeverityScale;
import io.incidentbot.severity.TriagePolicy;
import io.incidentbot.severity.TriageRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code triage:}: rules (first match wins) naming a severity, the criteria that must all
 * hold, and the reason shown to whoever triages; {@code otherwise} when none matches.
 */
final class TriageConfig {
    private TriageConfig() {
    }

    static TriagePolicy read(Node root, SeverityScale severities) {
        Node node = root.child("triage").orElse(null);
        if (node == null) {
            root.problem("triage", "is required (rules that suggest a severity from the triage answers)");
            return placeholder();
        }
        Set<String> unknownLevels = new TreeSet<>();
        List<TriageRule> rules = new ArrayList<>();
        for (Node rule : node.list("rules", false)) {
            String level = level(rule, severities, unknownLevels);
            List<Criterion> when = new ArrayList<>();
            List<String> names = rule.texts("when");
            if (names.isEmpty()) {
                rule.problem(rule.at("when"), "needs at least one criterion (use 'otherwise' for the fallback)");
            }
            for (int i = 0; i < names.size(); i++) {
                Optional<Criterion> criterion = Criterion.fromKey(names.get(i));
                if (criterion.isEmpty() && !names.get(i).isEmpty()) {
                    rule.problem(rule.at("when") + "[" + i + "]", "'" + names.get(i) + "' is not a criterion ("
                            + String.join(", ", Arrays.stream(Criterion.values()).map(Criterion::key).toList()) + ")");
                }
                criterion.ifPresent(when::add);
            }
            rules.add(new TriageRule(level, when, rule.text("because")));
            rule.rejectUnknownKeys();
        }
        TriageRule otherwise = node.child("otherwise").map(fallback -> {
            TriageRule r = new TriageRule(level(fallback, severities, unknownLevels), List.of(), fallback.text("because"));
            fallback.rejectUnknownKeys();
            return r;
        }).orElseGet(() -> {
            node.problem(node.at("otherwise"), "is required: the level suggested when no rule matches");
            return placeholder().otherwise();
        });
        if (!unknownLevels.isEmpty() && !severities.levels().isEmpty()) {
            node.problem(node.path(), "names severities that are not configured: " + String.join(", ", unknownLevels)
                    + " (the severities are " + severities.levels().stream().map(Severity::id).toList()
                    + "; replacing severities means replacing triage.rules and triage.otherwise too)");
        }
        node.rejectUnknownKeys();
        return new TriagePolicy(rules, otherwise);
    }

    private static String level(Node rule, SeverityScale severities, Set<String> unknown) {
        String level = rule.text("level");
        Optional<Severity> found = severities.find(level);
        if (!level.isEmpty() && found.isEmpty()) {
            unknown.add(level);
        }
        return found.map(Severity::id).orElse(level);
    }

    private static TriagePolicy placeholder() {
        return new TriagePolicy(List.of(), new TriageRule("", List.of(), ""));
    }
}
