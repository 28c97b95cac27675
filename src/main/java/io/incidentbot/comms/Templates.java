package io.incidentbot.comms;

import io.incidentbot.incident.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Customer-update templates: text with {@code {placeholders}} filled from the incident. */
public final class Templates {
    public static final String NEXT_UPDATE = "next_update";
    /** Every placeholder a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of("incident", "title", "severity", "status", "impact",
            "workaround", "owner", "evidence", "resolution", NEXT_UPDATE);
    /** Left in the stored draft and filled when it is published: the promise is made from the publish time. */
    public static final String NEXT_UPDATE_MARK = "{" + NEXT_UPDATE + "}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private static final String OPEN = """
            *{incident}: {title}* ({status})
            *Impact:* {impact}
            *Current workaround:* {workaround}
            *Owner:* {owner}
            *What we can share so far:* {evidence}
            *Next update:* {next_update}""";
    private static final String RESOLVED = """
            *{incident}: {title}* is resolved.
            *Impact:* {impact}
            *What we did:* {resolution}
            *Owner:* {owner}
            *What we can share:* {evidence}
            *Next update:* {next_update}""";

    private Templates() {
    }

    static String builtIn(Status status) {
        return status == Status.RESOLVED ? RESOLVED : OPEN;
    }

    /** Placeholders in {@code template} that are not in {@link #PLACEHOLDERS}. */
    public static List<String> unknown(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /** Fills every placeholder but {@code {next_update}}, which stays for the publish time. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = key.equals(NEXT_UPDATE) ? m.group() : values.getOrDefault(key, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
