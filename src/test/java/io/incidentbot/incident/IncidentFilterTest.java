package io.incidentbot.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.config.AppConfig;
import io.incidentbot.config.ConfigLoader;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentFilterTest {
    static final AppConfig CONFIG = ConfigLoader.defaults();
    static final Set<Status> OPEN = IncidentFilter.OPEN;

    static Stream<Arguments> words() {
        return Stream.of(
                Arguments.of("", new IncidentFilter(OPEN, Set.of(), Optional.empty())),
                Arguments.of("open", new IncidentFilter(OPEN, Set.of(), Optional.empty())),
                Arguments.of("mine", new IncidentFilter(OPEN, Set.of(), Optional.of("U0ME"))),
                Arguments.of("sev1", new IncidentFilter(OPEN, Set.of("SEV1"), Optional.empty())),
                Arguments.of("SEV1 sev2 mine", new IncidentFilter(OPEN, Set.of("SEV1", "SEV2"), Optional.of("U0ME"))),
                Arguments.of("resolved", new IncidentFilter(Set.of(Status.RESOLVED), Set.of(), Optional.empty())),
                Arguments.of("monitoring identified",
                        new IncidentFilter(Set.of(Status.MONITORING, Status.IDENTIFIED), Set.of(), Optional.empty())),
                Arguments.of("all sev4", new IncidentFilter(Set.of(), Set.of("SEV4"), Optional.empty())));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("words")
    void wordsMakeAFilter(String words, IncidentFilter expected) {
        IncidentFilter.Parsed parsed = IncidentFilter.parse(words, "U0ME", CONFIG.severities(), CONFIG.lifecycle());
        assertThat(parsed.filter()).contains(expected);
    }

    @ParameterizedTest
    @MethodSource("unknown")
    void anUnknownWordIsNamed(String words, String unknown) {
        IncidentFilter.Parsed parsed = IncidentFilter.parse(words, "U0ME", CONFIG.severities(), CONFIG.lifecycle());
        assertThat(parsed.filter()).isEmpty();
        assertThat(parsed.unknownWord()).contains(unknown);
    }

    static Stream<Arguments> unknown() {
        return Stream.of(Arguments.of("mine sev9", "sev9"), Arguments.of("Closed", "Closed"));
    }
}
