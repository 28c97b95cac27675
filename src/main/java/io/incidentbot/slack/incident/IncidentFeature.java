package io.incidentbot.slack.incident;

import com.slack.api.bolt.App;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import java.time.Clock;
import java.util.List;

/** Registers opening and listing incidents on the Bolt app. */
public final class IncidentFeature {
    private IncidentFeature() {
    }

    /** The subcommands this feature adds to {@code /incident}. */
    public static List<Subcommand> register(App app, AppConfig config, IncidentService incidents, Notices notices,
                                            AfterAck afterAck, Clock clock) {
        IncidentSetup setup = new IncidentSetup(app.client(), SlackCalls.afterAck(), incidents, config, notices);
        OpenSubmission submission = new OpenSubmission(config, incidents, setup, afterAck, clock);
        app.viewSubmission(OpenField.CALLBACK, Handlers.submission(OpenField.TITLE.blockId, submission::handle));
        return List.of(new OpenCommand(config), new ListCommand(incidents, config, clock));
    }
}
