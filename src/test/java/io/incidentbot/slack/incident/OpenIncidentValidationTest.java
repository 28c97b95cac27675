package io.incidentbot.slack.incident;

import static io.incidentbot.slack.incident.OpenIncidentTest.AREA;
import static io.incidentbot.slack.incident.OpenIncidentTest.NOTICED;
import static io.incidentbot.slack.incident.OpenIncidentTest.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input comes back as field errors in the open modal, and nothing is created. */
class OpenIncidentValidationTest {
    @TempDir
    Path dir;
    TestBot bot;
    JsonNode view;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir);
        view = bot.openModal("Checkout failing");
    }

    @AfterEach
    void nothingWasCreated() throws Exception {
        try {
            bot.slack.awaitQuiet(100);
            assertThat(bot.slack.methods()).containsOnly("views.open");
            assertThat(TestBot.replyText(bot.command("list"))).contains("No open incidents");
        } finally {
            bot.close();
        }
    }

    private JsonNode errors(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestBot.json(response);
        assertThat(body.path("response_action").asText()).isEqualTo("errors");
        return body.path("errors");
    }

    @Test
    void anEmptyTitle() {
        JsonNode errors = errors(bot.submit(ViewSubmission.of(view).text(TITLE, "   ").select(AREA, "checkout")));
        assertThat(errors.path(TITLE).asText()).contains("short title");
    }

    @Test
    void aTitleOverOneHundredFiftyCharacters() {
        JsonNode errors = errors(bot.submit(ViewSubmission.of(view).text(TITLE, "x".repeat(151)).select(AREA, "checkout")));
        assertThat(errors.path(TITLE).asText()).contains("150 characters", "151");
    }

    @Test
    void aFirstNoticedTimeInTheFuture() {
        long tomorrow = bot.clock.instant().plus(Duration.ofDays(1)).getEpochSecond();
        JsonNode errors = errors(bot.submit(ViewSubmission.of(view).select(AREA, "checkout").dateTime(NOTICED, tomorrow)));
        assertThat(errors.path(NOTICED).asText()).contains("in the future");
    }

    @Test
    void noAreaChosenAndAnUnknownSeverity() {
        JsonNode errors = errors(bot.submit(ViewSubmission.of(view).select(OpenIncidentTest.SEVERITY, "SEV9")));
        assertThat(errors.path(AREA).asText()).contains("affected area");
        assertThat(errors.path(OpenIncidentTest.SEVERITY).asText()).contains("severity");
    }
}
