package io.incidentbot.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRulesTest {
    static final Instant NOW = Instant.parse("2026-03-05T14:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"6.4.2", "8.2.12", "4.2", "10.0.0.1", "4.2.0-rc1", "8.3.0+build7", " 6.4.2 "})
    void versionNumbersAreAccepted(String version) {
        assertThat(FieldRules.problems(Map.of(EvidenceField.PHP_VERSION, version), NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "v6.4.2", "6", "6.4.2 beta", "PHP 8.2", "6..4", "8.2.12.1.5"})
    void anythingElseIsAFieldError(String version) {
        assertThat(FieldRules.problems(Map.of(EvidenceField.WORDPRESS_VERSION, version), NOW))
                .hasEntrySatisfying(EvidenceField.WORDPRESS_VERSION, p -> assertThat(p).contains("like 6.4.2 or 8.2.12"));
    }

    @Test
    void blankValuesAreAlwaysFine() {
        Map<EvidenceField, String> blank = new LinkedHashMap<>();
        for (EvidenceField f : EvidenceField.values()) {
            blank.put(f, f.ordinal() % 2 == 0 ? "" : "   ");
        }
        assertThat(FieldRules.problems(blank, NOW)).isEmpty();
    }

    @Test
    void aTimeInTheFutureIsRefusedButClockSkewIsNot() {
        long ahead = NOW.plusSeconds(60).getEpochSecond();
        long future = NOW.plusSeconds(3600).getEpochSecond();

        assertThat(FieldRules.problems(Map.of(EvidenceField.EXACT_TIME, String.valueOf(ahead)), NOW)).isEmpty();
        assertThat(FieldRules.problems(Map.of(EvidenceField.EXACT_TIME, String.valueOf(future)), NOW))
                .containsKey(EvidenceField.EXACT_TIME);
    }

    @Test
    void anUpdateDateMayBeTodayAnywhereButNotLater() {
        assertThat(FieldRules.problems(Map.of(RollbackField.UPDATE_DATE, "2026-03-06"), NOW)).isEmpty();
        assertThat(FieldRules.problems(Map.of(RollbackField.UPDATE_DATE, "2026-03-08"), NOW))
                .containsKey(RollbackField.UPDATE_DATE);
        assertThat(FieldRules.problems(Map.of(RollbackField.UPDATE_DATE, "yesterday"), NOW))
                .containsKey(RollbackField.UPDATE_DATE);
    }

    @Test
    void screenshotLinksAreOneWebLinkPerLine() {
        assertThat(FieldRules.problems(Map.of(EvidenceField.SCREENSHOTS,
                "https://files.example.com/a.png\n\nhttp://files.example.com/b.png"), NOW)).isEmpty();
        assertThat(FieldRules.problems(Map.of(EvidenceField.SCREENSHOTS,
                "https://files.example.com/a.png\nsee the attachment"), NOW))
                .containsEntry(EvidenceField.SCREENSHOTS, "Line 2 is not a link: put one https:// link per line.");
    }

    @Test
    void textLongerThanItsKindAllowsIsRefusedWithItsLength() {
        assertThat(FieldRules.problems(Map.of(EvidenceField.AFFECTED_SCREEN, "x".repeat(501)), NOW))
                .containsEntry(EvidenceField.AFFECTED_SCREEN, "Keep this to 500 characters (it has 501).");
    }

    @Test
    void choicesMustBeKnown() {
        assertThat(FieldRules.problems(Map.of(EvidenceField.CATEGORY, "weather", EvidenceField.DIAGNOSTICS, "dns=maybe"),
                NOW)).hasSize(2);
        assertThat(FieldRules.problems(Map.of(RollbackField.DECISION, "shrug"), NOW)).hasSize(1);
    }
}
