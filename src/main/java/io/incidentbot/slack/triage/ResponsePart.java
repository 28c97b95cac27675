package io.incidentbot.slack.triage;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.incidentbot.incident.Escalations;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.TriageService;
import io.incidentbot.slack.ActionValue;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * On the card while open: by when someone must respond (or that the target was missed), why the
 * severity is what it is, and the "Triage severity…" and "Acknowledge" buttons.
 */
final class ResponsePart implements CardPart {
    private final Escalations escalations;
    private final TriageService triage;

    ResponsePart(Escalations escalations, TriageService triage) {
        this.escalations = escalations;
        this.triage = triage;
    }

    @Override
    public List<LayoutBlock> blocks(IncidentView view) {
        Incident incident = view.incident();
        if (!incident.isOpen()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        Optional<Instant> respondBy = escalations.respondBy(incident.id());
        boolean awaiting = escalations.awaitingResponse(incident.id());
        if (respondBy.isPresent()) {
            lines.add("⏱ Respond by " + Format.when(respondBy.get()) + ": acknowledge once someone is on it");
        } else if (awaiting) {
            lines.add("🚨 Response target missed: escalating until someone acknowledges");
        }
        triage.latest(incident.id()).ifPresent(t -> lines.add("Triage: _" + Text.escape(t.suggested() + ": " + t.because())
                + "_" + (t.overrideReason() == null ? "" : " · set to " + Text.escape(t.chosen()) + " because: "
                + Text.escape(t.overrideReason()))));
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!lines.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(String.join("\n", lines), Text.CONTEXT))))));
        }
        List<BlockElement> buttons = new ArrayList<>();
        buttons.add(intent(incident, TriageIds.TRIAGE_BUTTON, "Triage severity…", "triage"));
        if (awaiting) {
            buttons.add(intent(incident, TriageIds.ACK_BUTTON, "Acknowledge", "ack"));
        }
        blocks.add(actions(a -> a.blockId(TriageIds.BLOCK).elements(buttons)));
        return blocks;
    }

    private static BlockElement intent(Incident incident, String actionId, String label, String intent) {
        String value = new ActionValue(incident.id().number(), intent, incident.version()).encode();
        return button(b -> b.actionId(actionId).text(plainText(label)).value(value));
    }
}
