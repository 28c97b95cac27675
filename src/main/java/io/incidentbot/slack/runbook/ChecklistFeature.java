package io.incidentbot.slack.runbook;

import com.slack.api.bolt.App;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentCards;
import io.incidentbot.slack.incident.IncidentLocator;
import io.incidentbot.slack.incident.SetupStep;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Runbook checklists: posted when an incident opens (the runbooks the config gives its area), added
 * with {@code /incident runbook} or the card's picker, ticked with a button per item.
 */
public final class ChecklistFeature {
    /** How far back start-up looks for incidents whose checklist a restart may have left unposted. */
    static final Duration RESUME_WINDOW = Duration.ofDays(1);

    private final AppConfig config;
    private final IncidentService incidents;
    private final ChecklistService checklists;
    private final ChecklistMessages messages;
    private final AfterAck afterAck;
    private final Clock clock;
    private final List<Subcommand> subcommands;
    private final CardPart cardPart;

    public ChecklistFeature(App app, AppConfig config, IncidentService incidents, ChecklistService checklists,
                            IncidentCards cards, Notices notices, AfterAck afterAck, Clock clock) {
        this.config = config;
        this.incidents = incidents;
        this.checklists = checklists;
        this.messages = new ChecklistMessages(app.client(), SlackCalls.afterAck(), incidents, checklists, cards, config);
        this.afterAck = afterAck;
        this.clock = clock;
        ToggleAction toggle = new ToggleAction(checklists, messages, notices, afterAck, config);
        AddRunbookAction add = new AddRunbookAction(checklists, messages, notices, afterAck, config);
        app.blockAction(ChecklistIds.TOGGLE_ACTIONS, Handlers.action(toggle::handle));
        app.blockAction(ChecklistIds.ADD_RUNBOOK, Handlers.action(add::handle));
        this.subcommands = List.of(new RunbookCommand(new IncidentLocator(incidents, config), checklists, messages,
                afterAck, config));
        this.cardPart = new ChecklistCardPart(checklists, config);
    }

    public List<Subcommand> subcommands() {
        return subcommands;
    }

    /** "Checklist 7/12" and the runbook picker, for the incident card. */
    public CardPart cardPart() {
        return cardPart;
    }

    /** After an incident's card is up: attach the runbooks its area starts with and post their checklists. */
    public SetupStep setupStep() {
        return this::start;
    }

    private void start(Incident incident) {
        checklists.attachDefaults(incident.id(), config.runbooks().defaultsFor(incident.area()));
        messages.sync(incident.id());
    }

    /**
     * A restart between an incident's card and its checklist would leave the checklist unposted:
     * recent open incidents get their default runbooks (when they have none) and any missing message.
     */
    public void resumeUnpostedChecklists() {
        for (IncidentId id : checklists.openWithCardSince(clock.instant().minus(RESUME_WINDOW))) {
            afterAck.run("resuming checklists of " + id, () -> {
                incidents.find(id).ifPresent(incident ->
                        checklists.attachDefaults(id, config.runbooks().defaultsFor(incident.area())));
                messages.postMissing(id);
            });
        }
    }
}
