package io.incidentbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.MainAccess;
import io.incidentbot.evidence.EscalationRoute;
import io.incidentbot.evidence.EvidenceField;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code evidence:} section: required fields per severity, route owners, rollback areas. */
class EvidenceConfigTest {
    @TempDir
    Path dir;

    AppConfig load(String yaml) throws Exception {
        return new ConfigFiles(dir).load(yaml);
    }

    ConfigException problems(String yaml) {
        return new ConfigFiles(dir).problems(yaml);
    }

    @Test
    void theDefaultsRouteToTheMatrixRoles() {
        var evidence = ConfigLoader.defaults().evidence();

        assertThat(evidence.roleFor(EscalationRoute.HOSTING)).isEqualTo("hosting-owner");
        assertThat(evidence.roleFor(EscalationRoute.PROVIDER)).isEqualTo("provider-owner");
        assertThat(evidence.roleFor(EscalationRoute.MARKETPLACE)).isEqualTo("marketplace-owner");
        assertThat(evidence.roleFor(EscalationRoute.INTERNAL)).isEqualTo("owner");
        assertThat(evidence.rollbackAreas()).containsExactly("plugin-update");
    }

    @Test
    void anOverrideReplacesOneSeverityListAndKeepsTheOthers() throws Exception {
        var required = load("""
                evidence:
                  required:
                    SEV1: [php-version, reproduction-steps]
                """).evidence().required();

        assertThat(required.forSeverity("SEV1")).containsExactly(EvidenceField.PHP_VERSION, EvidenceField.REPRODUCTION_STEPS);
        assertThat(required.forSeverity("SEV2")).hasSize(11);
        assertThat(required.forSeverity("SEV3")).hasSize(8); // default
    }

    @Test
    void replacingTheSeveritiesDropsTheDefaultPerSeverityLists() throws Exception {
        var config = load("""
                incident: { default_severity: P1 }
                severities:
                  - { id: P1, label: Urgent, response_target: PT5M }
                triage: { rules: [], otherwise: { level: P1, because: "one level only" } }
                evidence:
                  required:
                    P1: [category]
                """);

        assertThat(config.evidence().required().forSeverity("P1")).containsExactly(EvidenceField.CATEGORY);
        assertThat(config.evidence().required().forSeverity("P2")).hasSize(8);
    }

    @Test
    void everyProblemNamesItsPath() {
        ConfigException e = problems("""
                evidence:
                  required:
                    SEV1: [php-version, php_version]
                    SEV9: [category]
                    SEV2: category
                  routes:
                    hosting: sysadmin
                    providers: provider-owner
                  rollback_areas: [plugin-updates]
                """);

        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).startsWith("evidence.required.SEV1[1]: unknown evidence field 'php_version'")
                        .contains("php-version"))
                .anySatisfy(p -> assertThat(p).startsWith("evidence.required.SEV9: 'SEV9' is not one of the severities"))
                .anySatisfy(p -> assertThat(p).startsWith("evidence.required.SEV2: must be a list"))
                .anySatisfy(p -> assertThat(p).startsWith("evidence.routes.hosting: 'sysadmin' is not one of the roles"))
                .anySatisfy(p -> assertThat(p).startsWith("evidence.routes.providers: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("evidence.rollback_areas[0]: 'plugin-updates' is not one of the areas"));
        assertThat(e.problems()).hasSize(6);
    }

    @Test
    void checkConfigListsEvidenceProblemsWithTheirPaths() throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, """
                evidence:
                  required: { default: [php-version, screenshot] }
                  routes: { marketplace: codecanyon-owner }
                """);
        StringWriter err = new StringWriter();
        CommandLine cli = MainAccess.commandLine(Map.of());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        assertThat(cli.execute("check-config", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file + ": evidence.required.default[1]: unknown evidence field 'screenshot'",
                file + ": evidence.routes.marketplace: 'codecanyon-owner' is not one of the roles", "2 problems found");
    }
}
