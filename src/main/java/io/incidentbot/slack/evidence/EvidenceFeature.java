package io.incidentbot.slack.evidence;

import com.slack.api.bolt.App;
import io.incidentbot.config.AppConfig;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Handlers;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.Subcommand;
import io.incidentbot.slack.incident.IncidentCards;
import io.incidentbot.slack.incident.IncidentLocator;
import java.time.Clock;
import java.util.List;

/** Evidence, completeness, escalation routing and the rollback record, in Slack. */
public final class EvidenceFeature {
    private final List<Subcommand> subcommands;

    public EvidenceFeature(App app, AppConfig config, IncidentService incidents, EvidenceService evidence,
                           Redactor redactor, IncidentCards cards, Notices notices, AfterAck afterAck, Clock clock) {
        IncidentLocator locator = new IncidentLocator(incidents, config);
        RecordModals modals = new RecordModals(evidence, config, redactor);
        Escalation escalation = new Escalation(app.client(), SlackCalls.afterAck(), incidents, evidence, config, notices);
        CardButtons buttons = new CardButtons(incidents, modals, escalation, afterAck);

        app.blockAction(EvidenceIds.ADD_EVIDENCE, Handlers.action(buttons::addEvidence));
        app.blockAction(EvidenceIds.ROLLBACK, Handlers.action(buttons::rollback));
        app.blockAction(EvidenceIds.ESCALATE, Handlers.action(buttons::escalate));
        var evidenceSaved = RecordSubmission.evidence(incidents, evidence, cards, afterAck, clock);
        app.viewSubmission(EvidenceModal.CALLBACK, Handlers.submission(evidenceSaved.firstBlockId(), evidenceSaved::handle));
        var rollbackSaved = RecordSubmission.rollback(incidents, evidence, cards, afterAck, clock);
        app.viewSubmission(RollbackModal.CALLBACK, Handlers.submission(rollbackSaved.firstBlockId(), rollbackSaved::handle));

        cards.add(new EvidenceCardPart(evidence, config));
        this.subcommands = List.of(RecordCommand.evidence(locator, modals),
                new EscalateCommand(locator, escalation, afterAck), RecordCommand.rollback(locator, modals));
    }

    /** What this feature adds to {@code /incident}. */
    public List<Subcommand> subcommands() {
        return subcommands;
    }
}
