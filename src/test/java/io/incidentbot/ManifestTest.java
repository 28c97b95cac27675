package io.incidentbot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** manifest.yml creates the app in one paste: the command, interactivity, Socket Mode and exactly the scopes used. */
class ManifestTest {
    final JsonNode manifest;

    ManifestTest() throws Exception {
        manifest = new ObjectMapper(new YAMLFactory()).readTree(Path.of("manifest.yml").toFile());
    }

    @Test
    void theCommandInteractivityAndSocketModeAreSetUp() {
        JsonNode command = manifest.path("features").path("slash_commands").get(0);
        assertThat(command.path("command").asText()).isEqualTo("/incident");
        assertThat(command.path("usage_hint").asText()).startsWith("open [title]").hasSizeLessThanOrEqualTo(100);
        assertThat(command.path("should_escape").asBoolean()).isTrue(); // mentions arrive as <@U…> for assign
        assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean()).isTrue();
        assertThat(manifest.path("settings").path("socket_mode_enabled").asBoolean()).isTrue();
        assertThat(manifest.path("features").path("bot_user").path("display_name").asText()).isNotBlank();
        assertThat(manifest.path("display_information").path("name").asText()).isEqualTo("incident-bot");
    }

    @Test
    void exactlyTheBotScopesTheFeaturesCall() {
        List<String> scopes = new ArrayList<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(s -> scopes.add(s.asText()));
        assertThat(scopes).containsExactlyInAnyOrder(
                "commands",           // /incident
                "chat:write",         // chat.postMessage, chat.update, chat.postEphemeral, DMs by user id
                "chat:write.public",  // the announcement in a public channel the bot has not joined
                "channels:manage",    // conversations.create / conversations.invite, public
                "groups:write",       // the same, private (privacy-sensitive incidents)
                "pins:write",         // pins.add for the card
                "files:write",        // files.getUploadURLExternal / completeUploadExternal (support report)
                "usergroups:read");   // usergroups.users.list (admin and owner groups)
        assertThat(manifest.path("oauth_config").path("scopes").has("user")).isFalse();
    }
}
