package io.incidentbot.incident;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slack channel names for incidents: {@code inc-7-checkout-failing-after-4-2-update}. Slack allows
 * lowercase letters, digits, '-' and '_' up to 80 characters; accents are folded ("café" → "cafe"),
 * other scripts drop out, and a title with nothing left falls back to the affected area.
 */
public final class ChannelNames {
    static final int MAX = 80;
    /** Latin letters that Unicode decomposition leaves alone. */
    private static final java.util.Map<Character, String> LATIN_LETTERS = java.util.Map.of(
            'æ', "ae", 'ø', "o", 'ß', "ss", 'œ', "oe", 'ł', "l", 'đ', "d", 'þ', "th", 'ð', "d", 'ı', "i");

    private ChannelNames() {
    }

    public static String forIncident(String prefix, int number, String title, String area) {
        String base = prefix + "-" + number;
        String slug = slug(title);
        if (slug.isEmpty()) {
            slug = slug(area);
        }
        return trim(slug.isEmpty() ? base : base + "-" + slug, MAX);
    }

    /** The name to try after {@code name} was taken: {@code name-2}, {@code name-3}, ... */
    public static String withSuffix(String name, int attempt) {
        String suffix = "-" + attempt;
        return trim(name, MAX - suffix.length()) + suffix;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (LATIN_LETTERS.containsKey(c)) {
                out.append(LATIN_LETTERS.get(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && out.length() > 0
                    && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        return trim(out.toString(), MAX);
    }

    private static String trim(String name, int max) {
        String cut = name.length() > max ? name.substring(0, max) : name;
        int end = cut.length();
        while (end > 0 && cut.charAt(end - 1) == '-') {
            end--;
        }
        return cut.substring(0, end);
    }
}
