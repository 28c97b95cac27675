package io.incidentbot.config;

import io.incidentbot.comms.CommsSettings;
import io.incidentbot.comms.Templates;
import io.incidentbot.incident.Status;
import io.incidentbot.severity.SeverityScale;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The {@code comms:} section: customer channel, owner label, reminders, update templates. */
final class CommsConfig {
    private CommsConfig() {
    }

    static CommsSettings read(Node root, SeverityScale severities) {
        Node node = root.child("comms").orElse(null);
        if (node == null) {
            return CommsSettings.defaults();
        }
        Optional<String> channel = node.optionalText("customer_channel");
        channel.filter(c -> !c.matches("[CG][A-Z0-9]{2,}")).ifPresent(c -> node.problem(node.at("customer_channel"),
                "'" + c + "' is not a Slack channel id (C…); find it under the channel's name, About"));
        String ownerLabel = node.optionalText("owner_label").orElse(CommsSettings.DEFAULT_OWNER_LABEL);
        Duration remindAfter = node.optionalDuration("remind_after").orElse(CommsSettings.DEFAULT_REMIND_AFTER);
        Map<String, Map<Status, String>> templates = new HashMap<>();
        node.child("templates").ifPresent(byLevel -> {
            for (String level : byLevel.keys()) {
                if (!level.equals(CommsSettings.DEFAULT) && severities.find(level).isEmpty()) {
                    byLevel.problem(byLevel.at(level), "'" + level + "' is neither a severity nor 'default'");
                }
                byLevel.child(level).ifPresent(byStatus -> {
                    Map<Status, String> texts = new EnumMap<>(Status.class);
                    for (Status status : Status.values()) {
                        byStatus.optionalText(status.key()).ifPresent(text -> {
                            Templates.unknown(text).forEach(unknown -> byStatus.problem(byStatus.at(status.key()),
                                    "unknown placeholder " + unknown + " (known: "
                                            + String.join(", ", new java.util.TreeSet<>(Templates.PLACEHOLDERS)) + ")"));
                            texts.put(status, text);
                        });
                    }
                    byStatus.rejectUnknownKeys();
                    templates.put(level, texts);
                });
            }
        });
        node.rejectUnknownKeys();
        return new CommsSettings(channel, ownerLabel, remindAfter, templates);
    }
}
