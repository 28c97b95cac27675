package io.incidentbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML mapping being read. It knows its path ("severities[2]") so that every problem it
 * records says where it is, and it remembers which keys were read so unknown ones (typos) are
 * reported instead of silently ignored.
 */
final class Node {
    private final JsonNode json;
    private final String path;
    private final List<String> problems;
    private final Set<String> read = new HashSet<>();

    Node(JsonNode json, String path, List<String> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
        if (!json.isObject()) {
            problem(path, "must be a mapping of keys to values");
        }
    }

    String path() {
        return path;
    }

    void problem(String where, String message) {
        problems.add((where.isEmpty() ? "(top level)" : where) + ": " + message);
    }

    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<JsonNode> get(String key) {
        read.add(key);
        JsonNode value = json.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    Optional<String> optionalText(String key) {
        Optional<JsonNode> value = get(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isValueNode() || value.get().asText().isBlank()) {
            problem(at(key), "must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(value.get().asText().strip());
    }

    String text(String key) {
        Optional<String> value = optionalText(key);
        if (value.isEmpty() && get(key).isEmpty()) {
            problem(at(key), "is required");
        }
        return value.orElse("");
    }

    boolean bool(String key, boolean fallback) {
        Optional<JsonNode> value = get(key);
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.get().isBoolean()) {
            problem(at(key), "must be true or false, not '" + value.get().asText() + "'");
            return fallback;
        }
        return value.get().booleanValue();
    }

    Optional<Duration> optionalDuration(String key) {
        return optionalText(key).flatMap(text -> {
            try {
                Duration duration = Duration.parse(text);
                if (duration.isNegative() || duration.isZero()) {
                    problem(at(key), "must be a positive duration, not '" + text + "'");
                    return Optional.empty();
                }
                return Optional.of(duration);
            } catch (DateTimeParseException e) {
                problem(at(key), "'" + text + "' is not an ISO-8601 duration (examples: PT30M, PT4H, P1D)");
                return Optional.empty();
            }
        });
    }

    Duration duration(String key) {
        Optional<Duration> value = optionalDuration(key);
        if (value.isEmpty() && get(key).isEmpty()) {
            problem(at(key), "is required (an ISO-8601 duration such as PT30M)");
        }
        return value.orElse(Duration.ZERO);
    }

    /** The keys of this mapping, in file order; each counts as read. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (json.isObject()) {
            json.fieldNames().forEachRemaining(keys::add);
        }
        read.addAll(keys);
        return keys;
    }

    Optional<Node> child(String key) {
        return get(key).map(value -> new Node(value, at(key), problems));
    }

    /** The mappings of a list; a missing or empty list is a problem when {@code required}. */
    List<Node> list(String key, boolean required) {
        Optional<JsonNode> value = get(key);
        List<Node> items = new ArrayList<>();
        if (value.isEmpty() || (value.get().isArray() && value.get().isEmpty())) {
            if (required) {
                problem(at(key), "needs at least one entry");
            }
            return items;
        }
        if (!value.get().isArray()) {
            problem(at(key), "must be a list");
            return items;
        }
        for (int i = 0; i < value.get().size(); i++) {
            items.add(new Node(value.get().get(i), at(key) + "[" + i + "]", problems));
        }
        return items;
    }

    /** A list of texts ({@code [a, b]}); missing is empty. Entries that are not non-empty texts are problems. */
    List<String> texts(String key) {
        Optional<JsonNode> value = get(key);
        List<String> texts = new ArrayList<>();
        if (value.isEmpty()) {
            return texts;
        }
        if (!value.get().isArray()) {
            problem(at(key), "must be a list, e.g. [a, b]");
            return texts;
        }
        for (int i = 0; i < value.get().size(); i++) {
            JsonNode entry = value.get().get(i);
            if (!entry.isValueNode() || entry.asText().isBlank()) {
                problem(at(key) + "[" + i + "]", "must be a non-empty text");
                texts.add("");
            } else {
                texts.add(entry.asText().strip());
            }
        }
        return texts;
    }

    /** Reports keys nobody read: usually a typo that would otherwise be ignored. */
    void rejectUnknownKeys() {
        if (!json.isObject()) {
            return;
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                problem(at(name), "unknown key (known here: " + String.join(", ", new java.util.TreeSet<>(read)) + ")");
            }
        }
    }
}
