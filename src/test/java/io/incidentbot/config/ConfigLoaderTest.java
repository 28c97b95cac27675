package io.incidentbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    AppConfig load(String yaml) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(Optional.of(file));
    }

    ConfigException problems(String yaml) {
        try {
            load(yaml);
        } catch (ConfigException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected the config to be refused");
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
                """);
        assertThat(config.severities().levels()).extracting(s -> s.id()).containsExactly("P1", "P2");
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
}
