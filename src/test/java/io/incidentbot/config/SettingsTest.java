package io.incidentbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void aMissingBotTokenSaysWhereToGetIt() {
        assertThatThrownBy(() -> Settings.fromEnv(Map.of("SLACK_SIGNING_SECRET", "s")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("SLACK_BOT_TOKEN is not set").hasMessageContaining("OAuth & Permissions");
    }

    @Test
    void httpModeNeedsTheSigningSecret() {
        assertThatThrownBy(() -> Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1")))
                .hasMessageStartingWith("SLACK_SIGNING_SECRET is not set").hasMessageContaining("Basic Information");
    }

    @Test
    void anAppTokenSelectsSocketModeWithoutASigningSecret() {
        Settings settings = Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));
        assertThat(settings.socketMode()).isTrue();
        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.database()).isEqualTo("./incident-bot.db");
        assertThat(settings.slackApiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    void malformedValuesAreNamed() {
        Map<String, String> base = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s");
        assertThatThrownBy(() -> Settings.fromEnv(with(base, "PORT", "http"))).hasMessageStartingWith("PORT must be");
        assertThatThrownBy(() -> Settings.fromEnv(with(base, "SLACK_API_URL", "slack.com")))
                .hasMessageStartingWith("SLACK_API_URL must be");
        assertThatThrownBy(() -> Settings.fromEnv(with(base, "SLACK_BOT_TOKEN", "xoxp-user")))
                .hasMessageStartingWith("SLACK_BOT_TOKEN must be a bot token");
        assertThatThrownBy(() -> Settings.fromEnv(with(base, "SLACK_APP_TOKEN", "xoxb-2")))
                .hasMessageStartingWith("SLACK_APP_TOKEN must be an app-level token");
    }

    @Test
    void secretsNeverAppearInToString() {
        Settings settings = Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-secret-123", "SLACK_SIGNING_SECRET", "sig-456"));
        assertThat(settings.toString()).doesNotContain("xoxb-secret-123", "sig-456");
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
