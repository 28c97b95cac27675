package io.incidentbot.slack.evidence;

import io.incidentbot.evidence.FormField;
import io.incidentbot.slack.Meta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers, in the modal's private_metadata, a short fingerprint of each stored value as the form
 * showed it. Stored text is shown redacted, so a field the user left alone must not be written
 * back (that would replace the original with its placeholders); a field whose submitted value
 * matches its fingerprint was left alone. Fingerprints are 8 hex characters: no value can be read back.
 */
final class Prefill {
    private static final String KEY = "f.";

    private Prefill() {
    }

    static Meta remember(Meta meta, FormField field, String shownValue) {
        return shownValue.isBlank() ? meta : meta.with(KEY + field.id(), fingerprint(shownValue));
    }

    /** True when the user changed the field (or it had no stored value and now has one). */
    static boolean touched(Meta meta, FormField field, String submittedValue) {
        return !meta.get(KEY + field.id()).orElse(fingerprint("")).equals(fingerprint(submittedValue));
    }

    private static String fingerprint(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
