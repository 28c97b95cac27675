package io.incidentbot.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.incidentbot.comms.CommsSettings;
import io.incidentbot.evidence.EvidenceSettings;
import io.incidentbot.incident.Area;
import io.incidentbot.incident.IncidentSettings;
import io.incidentbot.incident.LifecycleSettings;
import io.incidentbot.incident.Status;
import io.incidentbot.redaction.RedactionRules;
import io.incidentbot.role.Permissions;
import io.incidentbot.role.Role;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.runbook.RunbookCatalog;
import io.incidentbot.severity.EscalationStep;
import io.incidentbot.severity.Severity;
import io.incidentbot.severity.SlackIds;
import io.incidentbot.severity.TriagePolicy;
import io.incidentbot.severity.SeverityScale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the bundled defaults, merges the optional override file over them (maps key by key,
 * lists whole) and validates the result into an {@link AppConfig}, collecting every problem.
 */
public final class ConfigLoader {
    static final String DEFAULTS = "/defaults/incident-bot.yml";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern CHANNEL_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,19}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigLoader() {
    }

    /** The defaults alone. */
    public static AppConfig defaults() {
        return load(Optional.empty());
    }

    public static AppConfig load(Optional<Path> override) {
        JsonNode merged = readDefaults();
        if (override.isPresent()) {
            JsonNode overrides = readFile(override.get());
            if (!overrides.isNull() && !overrides.isMissingNode()) {
                if (!overrides.isObject()) {
                    throw new ConfigException(override.get() + ": must be a YAML mapping (key: value)");
                }
                if (overrides.has("severities")) {
                    forgetDefaultSeverityKeys((ObjectNode) merged);
                }
                merge((ObjectNode) merged, (ObjectNode) overrides);
            }
        }
        return validate(merged);
    }

    private static JsonNode readDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream(DEFAULTS)) {
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("bundled defaults unreadable", e);
        }
    }

    private static JsonNode readFile(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file (INCIDENT_CONFIG must name a readable YAML file)");
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Per-severity entries of the defaults ({@code evidence.required.SEV1}, ...) describe the default
     * severities; an override that replaces the severities replaces them too, keeping {@code default}.
     */
    private static void forgetDefaultSeverityKeys(ObjectNode defaults) {
        JsonNode required = defaults.path("evidence").path("required");
        if (required instanceof ObjectNode requiredObject) {
            requiredObject.retain(EvidenceConfig.REQUIRED_DEFAULT);
        }
    }

    private static void merge(ObjectNode base, ObjectNode override) {
        for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode current = base.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode overrideObject) {
                merge(currentObject, overrideObject);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    private static AppConfig validate(JsonNode json) {
        List<String> problems = new ArrayList<>();
        Node root = new Node(json, "", problems);
        List<Role> roles = roles(root);
        Set<String> roleIds = new HashSet<>(roles.stream().map(Role::id).toList());
        SeverityScale severities = new SeverityScale(severities(root, roleIds));
        IncidentSettings incident = incident(root, severities);
        List<Area> areas = areas(root);
        TriagePolicy triage = TriageConfig.read(root, severities);
        LifecycleSettings lifecycle = lifecycle(root);
        Permissions permissions = permissions(root);
        RunbookCatalog runbooks = RunbookConfig.read(root, roles, areas);
        EvidenceSettings evidence = EvidenceConfig.read(root, severities, roles, areas);
        RedactionRules redaction = RedactionConfig.read(root);
        problems.addAll(redaction.problems());
        CommsSettings comms = CommsConfig.read(root, severities);
        root.rejectUnknownKeys();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new AppConfig(incident, severities, areas, roles, triage, lifecycle, permissions, runbooks, evidence,
                redaction, comms);
    }

    private static IncidentSettings incident(Node root, SeverityScale severities) {
        Node node = root.child("incident").orElse(null);
        if (node == null) {
            root.problem("incident", "is required");
            return new IncidentSettings("INC", true, "inc", "");
        }
        String prefix = node.text("id_prefix");
        if (!prefix.isEmpty() && !ID.matcher(prefix).matches()) {
            node.problem(node.path() + ".id_prefix", "'" + prefix + "' must be letters, digits, '-' or '_'");
        }
        boolean channelPerIncident = node.bool("channel_per_incident", true);
        String channelPrefix = node.text("channel_prefix");
        if (!channelPrefix.isEmpty() && !CHANNEL_PREFIX.matcher(channelPrefix).matches()) {
            node.problem(node.path() + ".channel_prefix",
                    "'" + channelPrefix + "' must be 1-20 lowercase letters, digits, '-' or '_' (Slack channel rules)");
        }
        String defaultSeverity = node.text("default_severity");
        if (!defaultSeverity.isEmpty() && !severities.levels().isEmpty() && severities.find(defaultSeverity).isEmpty()) {
            node.problem(node.path() + ".default_severity", "'" + defaultSeverity + "' is not one of the severities "
                    + severities.levels().stream().map(Severity::id).toList());
        }
        node.rejectUnknownKeys();
        return new IncidentSettings(prefix, channelPerIncident, channelPrefix,
                severities.find(defaultSeverity).map(Severity::id).orElse(defaultSeverity));
    }

    private static List<Severity> severities(Node root, Set<String> roleIds) {
        List<Severity> levels = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : root.list("severities", true)) {
            String id = node.text("id");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                node.problem(node.path() + ".id", "'" + id + "' must be letters, digits, '-' or '_'");
            } else if (!id.isEmpty() && !ids.add(id.toUpperCase())) {
                node.problem(node.path() + ".id", "duplicate severity '" + id + "'");
            }
            levels.add(new Severity(id, node.text("label"), node.optionalText("meaning").orElse(""),
                    node.duration("response_target"), node.optionalDuration("update_cadence"),
                    owners(node, roleIds), escalation(node, roleIds)));
            node.rejectUnknownKeys();
        }
        return levels;
    }

    /** The entries that are there ({@link Node#texts} keeps a blank entry's place, after reporting it). */
    static List<String> nonEmpty(List<String> texts) {
        return texts.stream().filter(t -> !t.isEmpty()).toList();
    }

    /** {@code owners: { hosting-owner: [U…, S…] }}: role ids to Slack user or user-group ids. */
    private static Map<String, List<String>> owners(Node severity, Set<String> roleIds) {
        Map<String, List<String>> owners = new LinkedHashMap<>();
        severity.child("owners").ifPresent(node -> {
            for (String role : node.keys()) {
                if (!roleIds.isEmpty() && !roleIds.contains(role)) {
                    node.problem(node.at(role), "'" + role + "' is not one of the roles " + new TreeSet<>(roleIds));
                }
                List<String> ids = node.texts(role);
                for (int i = 0; i < ids.size(); i++) {
                    if (!ids.get(i).isEmpty() && !SlackIds.isUser(ids.get(i)) && !SlackIds.isGroup(ids.get(i))) {
                        node.problem(node.at(role) + "[" + i + "]", "'" + ids.get(i)
                                + "' is not a Slack user id (U…/W…) or user-group id (S…)");
                    }
                }
                owners.put(role, nonEmpty(ids));
            }
        });
        return owners;
    }

    /** {@code escalation: [{ after: PT15M, notify: [comms-owner, admins, U…, S…] }]}. */
    private static List<EscalationStep> escalation(Node severity, Set<String> roleIds) {
        List<EscalationStep> steps = new ArrayList<>();
        for (Node node : severity.list("escalation", false)) {
            Duration after = node.duration("after");
            List<String> notify = node.texts("notify");
            if (notify.isEmpty()) {
                node.problem(node.at("notify"), "needs at least one role id, 'admins', or Slack user/user-group id");
            }
            for (int i = 0; i < notify.size(); i++) {
                String entry = notify.get(i);
                if (!entry.isEmpty() && !roleIds.contains(entry) && !entry.equals(EscalationStep.ADMINS) && !SlackIds.isUser(entry)
                        && !SlackIds.isGroup(entry)) {
                    node.problem(node.at("notify") + "[" + i + "]", "'" + entry + "' is not a role id "
                            + new TreeSet<>(roleIds) + ", 'admins', or a Slack user (U…/W…) or user-group (S…) id");
                }
            }
            steps.add(new EscalationStep(after, nonEmpty(notify)));
            node.rejectUnknownKeys();
        }
        return steps;
    }

    private static LifecycleSettings lifecycle(Node root) {
        Node node = root.child("lifecycle").orElse(null);
        if (node == null) {
            return LifecycleSettings.defaults();
        }
        Map<Status, String> labels = new EnumMap<>(Status.class);
        node.child("statuses").ifPresent(statuses -> {
            Set<String> seen = new HashSet<>();
            for (Status status : Status.values()) {
                statuses.optionalText(status.key()).ifPresent(label -> {
                    if (!seen.add(label.toLowerCase(java.util.Locale.ROOT))) {
                        statuses.problem(statuses.at(status.key()), "'" + label + "' names two states");
                    }
                    labels.put(status, label);
                });
            }
            statuses.rejectUnknownKeys();
        });
        Duration reviewAfter = node.optionalDuration("review_after").orElse(LifecycleSettings.DEFAULT_REVIEW_AFTER);
        node.rejectUnknownKeys();
        return new LifecycleSettings(labels, reviewAfter);
    }

    private static Permissions permissions(Node root) {
        Node node = root.child("permissions").orElse(null);
        if (node == null) {
            return Permissions.NONE;
        }
        List<String> admins = node.texts("admins");
        for (int i = 0; i < admins.size(); i++) {
            if (!admins.get(i).isEmpty() && !SlackIds.isUser(admins.get(i))) {
                node.problem(node.at("admins") + "[" + i + "]", "'" + admins.get(i) + "' is not a Slack user id (U…/W…)");
            }
        }
        List<String> groups = node.texts("admin_groups");
        for (int i = 0; i < groups.size(); i++) {
            if (!groups.get(i).isEmpty() && !SlackIds.isGroup(groups.get(i))) {
                node.problem(node.at("admin_groups") + "[" + i + "]", "'" + groups.get(i)
                        + "' is not a Slack user-group id (S…)");
            }
        }
        node.rejectUnknownKeys();
        return new Permissions(nonEmpty(admins), nonEmpty(groups));
    }

    private static List<Role> roles(Node root) {
        List<Role> roles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : root.list("roles", true)) {
            String id = node.text("id");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                node.problem(node.path() + ".id", "'" + id + "' must be letters, digits, '-' or '_'");
            } else if (!id.isEmpty() && !ids.add(id)) {
                node.problem(node.path() + ".id", "duplicate role '" + id + "'");
            }
            roles.add(new Role(id, node.text("label"), node.optionalText("instructions").orElse("")));
            node.rejectUnknownKeys();
        }
        for (String required : List.of(RoleAssignment.OWNER, RoleAssignment.COMMS_OWNER)) {
            if (!roles.isEmpty() && !ids.contains(required)) {
                root.problem("roles", "must include the role '" + required + "'");
            }
        }
        return roles;
    }

    private static List<Area> areas(Node root) {
        List<Area> areas = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : root.list("areas", true)) {
            String id = node.text("id");
            if (!id.isEmpty() && !ids.add(id)) {
                node.problem(node.path() + ".id", "duplicate area '" + id + "'");
            }
            areas.add(new Area(id, node.text("label")));
            node.rejectUnknownKeys();
        }
        return areas;
    }

}
