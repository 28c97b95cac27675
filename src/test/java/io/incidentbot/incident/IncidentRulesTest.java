package io.incidentbot.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.config.AppConfig;
import io.incidentbot.config.ConfigLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    final AppConfig config = ConfigLoader.defaults();
    final IncidentRules rules = new IncidentRules(config.severities(), config.areas());

    NewIncident form(String title, Optional<Instant> noticed) {
        return new NewIncident("T1", title, "SEV2", "checkout", true, false, "", noticed, "U1", "C1");
    }

    @Test
    void aCompleteFormHasNoProblems() {
        assertThat(rules.problems(form("Checkout failing", Optional.of(NOW.minusSeconds(60))), NOW)).isEmpty();
    }

    @Test
    void exactlyOneHundredFiftyCharactersIsFineOneMoreIsNot() {
        assertThat(rules.problems(form("x".repeat(150), Optional.empty()), NOW)).isEmpty();
        assertThat(rules.problems(form("x".repeat(151), Optional.empty()), NOW)).containsKey(IncidentField.TITLE);
    }

    @Test
    void aSmallClockSkewIsToleratedButNotMore() {
        assertThat(rules.problems(form("t", Optional.of(NOW.plus(Duration.ofSeconds(90)))), NOW)).isEmpty();
        assertThat(rules.problems(form("t", Optional.of(NOW.plus(Duration.ofMinutes(3)))), NOW))
                .containsKey(IncidentField.NOTICED_AT);
    }
}
