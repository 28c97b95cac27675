package io.incidentbot.slack;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A modal's private_metadata: a few small values (ids, the command's response URL) that Slack hands
 * back with the submission, encoded as a form string and kept under Slack's 3000-character limit.
 */
public final class Meta {
    private final Map<String, String> values;

    private Meta(Map<String, String> values) {
        this.values = values;
    }

    public static Meta empty() {
        return new Meta(new LinkedHashMap<>());
    }

    public Meta with(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        if (value != null && !value.isEmpty()) {
            copy.put(key, value);
        }
        return new Meta(copy);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String encode() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String pair = URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8);
            if (out.length() + pair.length() + 1 > Text.METADATA) {
                break; // later entries are optional extras; ids come first
            }
            out.append(out.length() == 0 ? "" : "&").append(pair);
        }
        return out.toString();
    }

    public static Meta decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new Meta(values);
    }
}
