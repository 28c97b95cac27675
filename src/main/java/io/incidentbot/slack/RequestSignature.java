package io.incidentbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, checked over the raw bytes with an explicit charset. Unlike stock
 * Bolt it also refuses timestamps from the future, so a captured request cannot be replayed later.
 */
final class RequestSignature {
    static final Duration WINDOW = Duration.ofMinutes(5);

    enum Verdict { VALID, STALE, INVALID }

    private final SecretKeySpec key;
    private final Clock clock;

    RequestSignature(String signingSecret, Clock clock) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    Verdict check(String timestamp, String signature, byte[] body) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.STALE;
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - seconds) > WINDOW.toSeconds()) {
            return Verdict.STALE;
        }
        if (signature == null) {
            return Verdict.INVALID;
        }
        byte[] expected = sign(seconds, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))
                ? Verdict.VALID : Verdict.INVALID;
    }

    String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            byte[] digest = mac.doFinal(body);
            StringBuilder hex = new StringBuilder("v0=");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
