package io.incidentbot.slack.evidence;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.incidentbot.config.AppConfig;
import io.incidentbot.evidence.Assessment;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The card's evidence lines: "Evidence 7/11 — missing: ...", the recommended escalation route and
 * who owns it, and the buttons (Add evidence, Escalate, and Rollback record for plugin updates).
 * No evidence value is shown here, only field names.
 */
final class EvidenceCardPart implements CardPart {
    private final EvidenceService evidence;
    private final AppConfig config;

    EvidenceCardPart(EvidenceService evidence, AppConfig config) {
        this.evidence = evidence;
        this.config = config;
    }

    @Override
    public List<LayoutBlock> blocks(IncidentView view) {
        Incident incident = view.incident();
        Assessment assessment = evidence.assess(incident);
        String role = config.roleLabel(assessment.routeOwnerRole());
        String owner = view.holder(assessment.routeOwnerRole()).map(Format::user).orElse("_unassigned_");
        String text = "📋 " + assessment.completeness().summary() + "\n🧭 *Escalation route:* "
                + assessment.recommendation().route().label() + " · owner " + owner + " (" + Text.escape(role) + ")\n_"
                + assessment.recommendation().reason() + "_";
        String number = String.valueOf(incident.id().number());
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(button(b -> b.actionId(EvidenceIds.ADD_EVIDENCE).value(number).style("primary")
                .text(plainText("Add evidence"))));
        buttons.add(button(b -> b.actionId(EvidenceIds.ESCALATE).value(number).text(plainText("Escalate"))));
        if (offersRollback(incident)) {
            buttons.add(button(b -> b.actionId(EvidenceIds.ROLLBACK).value(number).text(plainText("Rollback record"))));
        }
        return List.of(
                section(s -> s.blockId("evidence-status").text(markdownText(Text.clamp(text, Text.SECTION)))),
                actions(a -> a.blockId("evidence-actions").elements(buttons)));
    }

    /** Plugin updates (configurable), and any incident that already has a rollback record. */
    private boolean offersRollback(Incident incident) {
        return evidence.settings().rollbackAreas().contains(incident.area())
                || !evidence.rollback(incident.id()).isEmpty();
    }
}
