package io.incidentbot.config;

import io.incidentbot.incident.Area;
import io.incidentbot.role.Role;
import io.incidentbot.runbook.Runbook;
import io.incidentbot.runbook.RunbookCatalog;
import io.incidentbot.runbook.RunbookItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code runbooks:} and {@code runbook_defaults:}. Item ids are what ticks are stored against,
 * so they must be unique within their runbook; roles and areas must be ones the config defines.
 */
final class RunbookConfig {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    /** The card's runbook picker is one select, and Slack allows 100 options in it. */
    static final int MAX_RUNBOOKS = 100;
    /** 200 items already take five messages; a longer list is several runbooks. */
    static final int MAX_ITEMS = 200;

    private final List<String> roleIds;
    private final List<String> areaIds;

    private RunbookConfig(List<Role> roles, List<Area> areas) {
        this.roleIds = roles.stream().map(Role::id).toList();
        this.areaIds = areas.stream().map(Area::id).toList();
    }

    static RunbookCatalog read(Node root, List<Role> roles, List<Area> areas) {
        return new RunbookConfig(roles, areas).catalog(root);
    }

    private RunbookCatalog catalog(Node root) {
        List<Runbook> runbooks = new ArrayList<>();
        Map<String, String> firstAt = new HashMap<>();
        List<Node> nodes = root.list("runbooks", false);
        if (nodes.size() > MAX_RUNBOOKS) {
            root.problem("runbooks", "has " + nodes.size() + " runbooks; at most " + MAX_RUNBOOKS
                    + " fit the card's runbook picker");
        }
        for (Node node : nodes) {
            String id = id(node, firstAt, "runbook");
            runbooks.add(new Runbook(id, node.text("title"), items(node)));
            node.rejectUnknownKeys();
        }
        Set<String> known = runbooks.stream().map(Runbook::id).collect(Collectors.toSet());
        Optional<Node> defaults = root.child("runbook_defaults");
        if (defaults.isEmpty()) {
            return new RunbookCatalog(runbooks, List.of(), Map.of());
        }
        Node node = defaults.get();
        List<String> all = runbookIds(node, "all", known);
        Map<String, List<String>> byArea = new LinkedHashMap<>();
        for (Node entry : node.list("by_area", false)) {
            String area = entry.text("area");
            if (!area.isEmpty() && !areaIds.contains(area)) {
                entry.problem(entry.path() + ".area", "unknown area '" + area + "' (areas: "
                        + String.join(", ", areaIds) + ")");
            } else if (!area.isEmpty() && byArea.containsKey(area)) {
                entry.problem(entry.path() + ".area", "area '" + area + "' is listed twice; merge its runbooks");
            }
            byArea.putIfAbsent(area, runbookIds(entry, "runbooks", known));
            entry.rejectUnknownKeys();
        }
        node.rejectUnknownKeys();
        return new RunbookCatalog(runbooks, all, byArea);
    }

    /** A runbook's items: either {@code items:} directly, or {@code sections:} each with a title and items. */
    private List<RunbookItem> items(Node runbook) {
        List<Node> sections = runbook.list("sections", false);
        List<Node> loose = runbook.list("items", false);
        if (!sections.isEmpty() && !loose.isEmpty()) {
            runbook.problem(runbook.path(), "give either items or sections, not both");
        } else if (sections.isEmpty() && loose.isEmpty()) {
            runbook.problem(runbook.path(), "needs items (or sections with items)");
        }
        List<RunbookItem> items = new ArrayList<>();
        Map<String, String> firstAt = new HashMap<>();
        loose.forEach(node -> items.add(item(node, "", firstAt)));
        for (Node section : sections) {
            String title = section.text("title");
            for (Node node : section.list("items", true)) {
                items.add(item(node, title, firstAt));
            }
            section.rejectUnknownKeys();
        }
        if (items.size() > MAX_ITEMS) {
            runbook.problem(runbook.path(), "has " + items.size() + " items; keep a runbook to " + MAX_ITEMS
                    + " (split it into several)");
        }
        return items;
    }

    private RunbookItem item(Node node, String section, Map<String, String> firstAt) {
        String id = id(node, firstAt, "item");
        String text = node.text("text");
        Optional<String> role = node.optionalText("role");
        role.filter(r -> !roleIds.contains(r)).ifPresent(r -> node.problem(node.path() + ".role",
                "unknown role '" + r + "' (roles: " + String.join(", ", roleIds) + ")"));
        boolean required = node.bool("required", false);
        node.rejectUnknownKeys();
        return new RunbookItem(id, section, text, role, required);
    }

    /** The node's {@code id}: well-formed and not used before in the same scope. */
    private static String id(Node node, Map<String, String> firstAt, String what) {
        String id = node.text("id");
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            node.problem(node.path() + ".id", "'" + id + "' must be 1-40 letters, digits, '-' or '_', starting with "
                    + "a letter or digit");
        } else if (firstAt.putIfAbsent(id, node.path()) != null) {
            node.problem(node.path() + ".id", "duplicate " + what + " id '" + id + "' (first used at "
                    + firstAt.get(id) + ")");
        }
        return id;
    }

    private static List<String> runbookIds(Node node, String key, Set<String> known) {
        List<String> ids = node.texts(key);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!id.isEmpty() && !known.contains(id)) {
                node.problem(node.path() + "." + key + "[" + i + "]", "unknown runbook '" + id + "' (runbooks: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
        return ids.stream().filter(known::contains).distinct().toList();
    }
}
