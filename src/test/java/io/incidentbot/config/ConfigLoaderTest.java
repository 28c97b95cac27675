package io.incidentbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    AppConfig load(String yaml) throws Exception {
        return new ConfigFiles(dir).load(yaml);
    }

    ConfigException problems(String yaml) {
        return new ConfigFiles(dir).problems(yaml);
    }

    @Test
    void theDefaultsEncodeTheSlaSeed() {
        AppConfig config = ConfigLoader.defaults();
        assertThat(config.severities().levels()).extracting(s -> s.id()).containsExactly("SEV1", "SEV2", "SEV3", "SEV4");
        assertThat(config.severities().find("SEV1").orElseThrow().updateCadence()).contains(Duration.ofMinutes(30));
        assertThat(config.severities().find("SEV4").orElseThrow().updateCadence()).isEmpty();
        assertThat(config.incident().channelPerIncident()).isTrue();
        assertThat(config.areas()).hasSize(10);
    }

    @Test
    void anOverrideChangesOnlyWhatItNames() throws Exception {
        AppConfig config = load("""
                incident:
                  channel_per_incident: false
                """);
        assertThat(config.incident().channelPerIncident()).isFalse();
        assertThat(config.incident().idPrefix()).isEqualTo("INC");
        assertThat(config.severities().levels()).hasSize(4);
    }

    @Test
    void aListInAnOverrideReplacesTheDefaultList() throws Exception {
        AppConfig config = load("""
                incident: { default_severity: P1 }
                severities:
                  - { id: P1, label: Urgent, response_target: PT5M, update_cadence: PT15M }
                  - { id: P2, label: Normal, response_target: PT1H }
                triage:
                  rules: [{ level: P1, when: [revenue_risk], because: checkout down }]
                  otherwise: { level: P2, because: everything else }
                """);
        assertThat(config.severities().levels()).extracting(s -> s.id()).containsExactly("P1", "P2");
    }

    @Test
    void customerUpdateSettingsAreReadAndCheckedWithTheirPaths() throws Exception {
        AppConfig config = load("""
                comms:
                  customer_channel: C0CUSTOMERS
                  owner_label: Checkout support team
                  templates:
                    SEV1: { investigating: "{incident} is down. {impact} Next: {next_update}" }
                    default: { resolved: "{incident} is fixed." }
                """);
        assertThat(config.comms().customerChannel()).contains("C0CUSTOMERS");
        assertThat(config.comms().template("SEV1", io.incidentbot.incident.Status.INVESTIGATING))
                .isEqualTo("{incident} is down. {impact} Next: {next_update}");
        assertThat(config.comms().template("SEV2", io.incidentbot.incident.Status.RESOLVED)).isEqualTo("{incident} is fixed.");
        assertThat(config.comms().template("SEV2", io.incidentbot.incident.Status.MONITORING)).contains("*Impact:* {impact}");
        assertThat(load("{}").comms().customerChannel()).isEmpty();

        ConfigException e = problems("""
                comms:
                  customer_channel: "#customers"
                  remind_after: soon
                  colour: blue
                  templates:
                    SEV9: { investigating: "x" }
                    SEV1: { investigating: "{incident} {secret_sauce}", fixed: "y" }
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("comms.customer_channel:").contains("channel id"))
                .anySatisfy(p -> assertThat(p).startsWith("comms.remind_after:").contains("ISO-8601"))
                .anySatisfy(p -> assertThat(p).startsWith("comms.colour: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("comms.templates.SEV9:").contains("neither a severity"))
                .anySatisfy(p -> assertThat(p).startsWith("comms.templates.SEV1.investigating:")
                        .contains("unknown placeholder {secret_sauce}"))
                .anySatisfy(p -> assertThat(p).startsWith("comms.templates.SEV1.fixed: unknown key"));
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        ConfigException e = problems("""
                incident:
                  channel_prefix: "Has Spaces"
                  default_severity: SEV9
                  chanel_per_incident: false
                severities:
                  - { id: SEV1, label: Critical, response_target: 30 minutes }
                  - { id: SEV1, label: Again, response_target: PT1H, update_cadence: PT0S }
                areas: []
                """);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("incident.channel_prefix:"))
                .anySatisfy(p -> assertThat(p).startsWith("incident.default_severity:").contains("SEV9"))
                .anySatisfy(p -> assertThat(p).startsWith("incident.chanel_per_incident: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[0].response_target:").contains("ISO-8601"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[1].id: duplicate"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[1].update_cadence:").contains("positive"))
                .anySatisfy(p -> assertThat(p).startsWith("areas: needs at least one entry"));
    }

    @Test
    void unreadableFilesAreNamed() {
        assertThatThrownBy(() -> ConfigLoader.load(Optional.of(dir.resolve("missing.yml"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("missing.yml: no such file");
        assertThat(problems("incident: [unclosed").getMessage()).contains("not valid YAML");
    }

    @Test
    void theMatrixPermissionsAndLifecycleAreRead() throws Exception {
        AppConfig config = load("""
                permissions: { admins: [U0ADMIN], admin_groups: [S0LEADS] }
                lifecycle:
                  statuses: { investigating: Triage, resolved: Closed }
                  review_after: P5D
                severities:
                  - id: SEV1
                    label: Critical
                    response_target: PT15M
                    owners: { hosting-owner: [U0HOST, S0HOSTING] }
                    escalation: [{ after: PT10M, notify: [comms-owner, admins, W0CTO] }]
                  - { id: SEV2, label: Major, response_target: PT1H }
                  - { id: SEV3, label: Minor, response_target: PT4H }
                  - { id: SEV4, label: Cosmetic, response_target: P1D }
                """);
        assertThat(config.permissions().admins()).containsExactly("U0ADMIN");
        assertThat(config.permissions().adminGroups()).containsExactly("S0LEADS");
        assertThat(config.statusLabel(io.incidentbot.incident.Status.INVESTIGATING)).isEqualTo("Triage");
        assertThat(config.statusLabel(io.incidentbot.incident.Status.IDENTIFIED)).isEqualTo("Identified");
        assertThat(config.lifecycle().parse("closed")).contains(io.incidentbot.incident.Status.RESOLVED);
        assertThat(config.lifecycle().reviewAfter()).isEqualTo(Duration.ofDays(5));
        var sev1 = config.severities().find("SEV1").orElseThrow();
        assertThat(sev1.owners("hosting-owner")).containsExactly("U0HOST", "S0HOSTING");
        assertThat(sev1.escalation()).singleElement().satisfies(step -> {
            assertThat(step.after()).isEqualTo(Duration.ofMinutes(10));
            assertThat(step.recipients()).containsExactly("comms-owner", "admins", "W0CTO");
        });
    }

    @Test
    void matrixTriageAndPermissionProblemsAreReportedWithTheirPaths() {
        ConfigException e = problems("""
                permissions: { admins: [alice], admin_groups: [U0NOTAGROUP], owners: [] }
                lifecycle: { statuses: { investigating: Open, identified: open, closed: Done }, review_after: soon }
                severities:
                  - id: SEV1
                    label: Critical
                    response_target: PT15M
                    owners: { hosting: [U0HOST], provider-owner: [someone] }
                    escalation: [{ after: PT10M, notify: [] }, { notify: [cto] }]
                  - { id: SEV2, label: Major, response_target: PT1H }
                  - { id: SEV3, label: Minor, response_target: PT4H }
                  - { id: SEV4, label: Cosmetic, response_target: P1D }
                triage:
                  rules: [{ level: SEV9, when: [checkout_down], because: x }, { level: SEV1, because: y }]
                """);
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).startsWith("permissions.admins[0]: 'alice' is not a Slack user id"))
                .anySatisfy(p -> assertThat(p).startsWith("permissions.admin_groups[0]:").contains("user-group id"))
                .anySatisfy(p -> assertThat(p).startsWith("permissions.owners: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("lifecycle.statuses.identified: 'open' names two states"))
                .anySatisfy(p -> assertThat(p).startsWith("lifecycle.statuses.closed: unknown key"))
                .anySatisfy(p -> assertThat(p).startsWith("lifecycle.review_after:").contains("ISO-8601"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[0].owners.hosting: 'hosting' is not one of the roles"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[0].owners.provider-owner[0]: 'someone'"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[0].escalation[0].notify: needs at least one"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[0].escalation[1].after: is required"))
                .anySatisfy(p -> assertThat(p).startsWith("severities[0].escalation[1].notify[0]: 'cto' is not a role id"))
                .anySatisfy(p -> assertThat(p).startsWith("triage.rules[0].when[0]: 'checkout_down' is not a criterion"))
                .anySatisfy(p -> assertThat(p).startsWith("triage.rules[1].when: needs at least one criterion"))
                .anySatisfy(p -> assertThat(p).startsWith("triage: names severities that are not configured: SEV9"));
    }
}
