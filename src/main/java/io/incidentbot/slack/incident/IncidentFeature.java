package io.incidentbot.slack.incident;

import com.slack.api.bolt.App;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Opening and listing incidents. */
public final class IncidentFeature {
    /** How far back start-up looks for incidents whose Slack set-up was cut off. */
    static final Duration RESUME_WINDOW = Duration.ofDays(1);

    private final IncidentService incidents;
    private final IncidentCards cards;
    private final IncidentSetup setup;
    private final AfterAck afterAck;
    private final List<Subcommand> subcommands;
    private final Clock clock;

    public IncidentFeature(App app, AppConfig config, IncidentService incidents, Notices notices, AfterAck afterAck,
                           Clock clock) {
        this.incidents = incidents;
        this.cards = new IncidentCards(app.client(), SlackCalls.afterAck(), incidents, config);
        this.setup = new IncidentSetup(app.client(), SlackCalls.afterAck(), incidents, cards, config, notices);
        this.afterAck = afterAck;
        this.clock = clock;
        OpenSubmission submission = new OpenSubmission(config, incidents, setup, afterAck, clock);
        app.viewSubmission(OpenField.CALLBACK, Handlers.submission(OpenField.TITLE.blockId, submission::handle));
        this.subcommands = List.of(new OpenCommand(config), new ListCommand(incidents, config, clock));
    }

    /** The incident cards, for features that add parts to them or change what they show. */
    public IncidentCards cards() {
        return cards;
    }

    /** Adds what a feature does once an incident's card is up (e.g. post its checklist). */
    public void addSetupStep(SetupStep step) {
        setup.add(step);
    }

    /** Rewrites the incident's announcement where it was opened to match the incident now. */
    public void reannounce(Incident incident) {
        setup.reannounce(incident);
    }

    /** Moves a privacy-sensitive incident out of its public channel into a new private one (after the ack). */
    public Incident moveToPrivateChannel(Incident incident) {
        return setup.moveToPrivateChannel(incident);
    }

    /** What this feature adds to {@code /incident}. */
    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /**
     * An incident is stored before the modal closes; if the process stopped before its channel and
     * card were made, that work is finished now, so nothing acknowledged is lost.
     */
    public void resumeUnfinishedSetups() {
        for (Incident incident : incidents.unfinishedSetups(clock.instant().minus(RESUME_WINDOW))) {
            afterAck.run("resuming set-up of " + incident.id(), () -> setup.run(incident, Optional.empty()));
        }
    }
}
