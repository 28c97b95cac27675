package io.incidentbot.slack;

import com.slack.api.model.block.LayoutBlock;
import io.incidentbot.incident.IncidentView;
import java.util.List;

/**
 * What a feature adds to the incident card (a progress line, buttons...). Parts render from the
 * database like the rest of the card, so a refresh always shows every feature's current state.
 */
@FunctionalInterface
public interface CardPart {
    List<LayoutBlock> blocks(IncidentView incident);
}
