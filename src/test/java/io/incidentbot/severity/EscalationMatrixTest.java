package io.incidentbot.severity;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.config.AppConfig;
import io.incidentbot.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The escalation matrix: response targets, cadences and routes per severity; owners and whom a step reaches. */
class EscalationMatrixTest {
    static final AppConfig DEFAULTS = ConfigLoader.defaults();
    static final List<String> ROLES = List.of("owner", "comms-owner", "hosting-owner", "provider-owner",
            "marketplace-owner", "rollback-owner");

    @TempDir
    Path dir;

    static Stream<Arguments> defaultRows() {
        return Stream.of(
                Arguments.of("SEV1", Duration.ofMinutes(15), Optional.of(Duration.ofMinutes(30)),
                        List.of(new EscalationStep(Duration.ofMinutes(15), List.of("comms-owner", "admins")))),
                Arguments.of("SEV2", Duration.ofMinutes(30), Optional.of(Duration.ofHours(1)),
                        List.of(new EscalationStep(Duration.ofMinutes(30), List.of("admins")))),
                Arguments.of("SEV3", Duration.ofHours(4), Optional.of(Duration.ofHours(4)), List.of()),
                Arguments.of("SEV4", Duration.ofDays(1), Optional.empty(), List.of()));
    }

    @ParameterizedTest(name = "{0}: respond within {1}, updates every {2}")
    @MethodSource("defaultRows")
    void theDefaultsGiveEachLevelItsTargetCadenceAndRoute(String id, Duration target, Optional<Duration> cadence,
                                                          List<EscalationStep> route) {
        Severity level = DEFAULTS.severities().find(id).orElseThrow();
        Instant set = Instant.parse("2026-03-02T10:00:00Z");

        assertThat(level.respondBy(set)).isEqualTo(set.plus(target));
        assertThat(level.updateCadence()).isEqualTo(cadence);
        assertThat(level.escalation()).isEqualTo(route);
    }

    AppConfig withOwners() throws Exception {
        Path file = dir.resolve("matrix.yml");
        Files.writeString(file, """
                permissions: { admins: [U0ADMIN], admin_groups: [S0LEADS] }
                severities:
                  - id: SEV1
                    label: Critical
                    response_target: PT15M
                    owners: { hosting-owner: [U0HOST, S0HOSTING], provider-owner: [U0PROV], rollback-owner: [U0ROLL] }
                    escalation:
                      - { after: PT10M, notify: [comms-owner, U0CTO] }
                      - { after: PT20M, notify: [admins, rollback-owner] }
                  - { id: SEV4, label: Cosmetic, response_target: P1D }
                triage: { rules: [], otherwise: { level: SEV4, because: cosmetic } }
                incident: { default_severity: SEV4 }
                """);
        return ConfigLoader.load(Optional.of(file));
    }

    static Stream<Arguments> owners() {
        return Stream.of(
                Arguments.of("SEV1", Map.of(), Map.of(
                        "hosting-owner", new Recipients(List.of("U0HOST"), List.of("S0HOSTING")),
                        "provider-owner", new Recipients(List.of("U0PROV"), List.of()),
                        "rollback-owner", new Recipients(List.of("U0ROLL"), List.of()))),
                Arguments.of("SEV1", Map.of("owner", "U0ALICE", "hosting-owner", "U0HOST"), Map.of(
                        "owner", new Recipients(List.of("U0ALICE"), List.of()),
                        "hosting-owner", new Recipients(List.of("U0HOST"), List.of("S0HOSTING")),
                        "provider-owner", new Recipients(List.of("U0PROV"), List.of()),
                        "rollback-owner", new Recipients(List.of("U0ROLL"), List.of()))),
                Arguments.of("SEV4", Map.of(), Map.of()),
                Arguments.of("SEV4", Map.of("comms-owner", "U0BOB"), Map.of(
                        "comms-owner", new Recipients(List.of("U0BOB"), List.of()))));
    }

    @ParameterizedTest(name = "{0} with holders {1}")
    @MethodSource("owners")
    void ownersOfALevelAreTheMatrixsPlusWhoeverHoldsTheRole(String level, Map<String, String> holders,
                                                            Map<String, Recipients> expected) throws Exception {
        EscalationMatrix matrix = withOwners().matrix();

        assertThat(matrix.owners(level, ROLES, holders)).isEqualTo(expected);
    }

    @Test
    void ownersComeInRoleOrder() throws Exception {
        assertThat(withOwners().matrix().owners("SEV1", ROLES, Map.of("owner", "U0ALICE")).keySet())
                .containsExactly("owner", "hosting-owner", "provider-owner", "rollback-owner");
    }

    static Stream<Arguments> steps() {
        return Stream.of(
                Arguments.of(0, Map.of("comms-owner", "U0BOB"), new Recipients(List.of("U0BOB", "U0CTO"), List.of())),
                Arguments.of(0, Map.of(), new Recipients(List.of("U0CTO"), List.of())),
                Arguments.of(1, Map.of("rollback-owner", "U0ADMIN"),
                        new Recipients(List.of("U0ADMIN"), List.of("S0LEADS"))));
    }

    @ParameterizedTest(name = "step {0} with holders {1}")
    @MethodSource("steps")
    void aStepReachesRoleHoldersAdminsAndNamedIdsEachOnce(int step, Map<String, String> holders, Recipients expected)
            throws Exception {
        AppConfig config = withOwners();
        EscalationStep due = config.severities().find("SEV1").orElseThrow().step(step).orElseThrow();

        assertThat(config.matrix().recipients(due, holders)).isEqualTo(expected);
    }

    @Test
    void theRouteEndsAfterItsLastStep() throws Exception {
        Severity sev1 = withOwners().severities().find("SEV1").orElseThrow();
        assertThat(sev1.step(1)).isPresent();
        assertThat(sev1.step(2)).isEmpty();
    }
}
