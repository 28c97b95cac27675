package io.incidentbot.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Config tests' shared step: write YAML to a file and load it as INCIDENT_CONFIG would be. */
final class ConfigFiles {
    private final Path dir;

    ConfigFiles(Path dir) {
        this.dir = dir;
    }

    AppConfig load(String yaml) throws Exception {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, yaml);
        return ConfigLoader.load(Optional.of(file));
    }

    /** The refusal of {@code yaml}; fails the test when the config is accepted. */
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
}
