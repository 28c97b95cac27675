package io.incidentbot.slack.lifecycle;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentFilter;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.Status;
import io.incidentbot.slack.ActionValue;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The card's lifecycle buttons: the other open states and "Resolve…" while open, "Reopen" once
 * resolved. Each carries the state it intends and the version it was drawn at.
 */
final class StatusPart implements CardPart {
    private final AppConfig config;

    StatusPart(AppConfig config) {
        this.config = config;
    }

    @Override
    public List<LayoutBlock> blocks(IncidentView view) {
        Incident incident = view.incident();
        List<BlockElement> buttons = new ArrayList<>();
        if (incident.isOpen()) {
            for (Status status : Status.values()) {
                if (IncidentFilter.OPEN.contains(status) && status != incident.status()) {
                    buttons.add(intent(incident, LifecycleIds.move(status), config.statusLabel(status), status, null));
                }
            }
            buttons.add(intent(incident, LifecycleIds.RESOLVE, config.statusLabel(Status.RESOLVED) + "…",
                    Status.RESOLVED, "primary"));
        } else {
            buttons.add(intent(incident, LifecycleIds.REOPEN, "Reopen", Status.INVESTIGATING, null));
        }
        return List.of(actions(a -> a.blockId(LifecycleIds.BLOCK).elements(buttons)));
    }

    private static BlockElement intent(Incident incident, String actionId, String label, Status intent, String style) {
        String value = new ActionValue(incident.id().number(), intent.key(), incident.version()).encode();
        return button(b -> b.actionId(actionId).text(plainText(Text.clamp(label, Text.BUTTON))).value(value).style(style));
    }
}
