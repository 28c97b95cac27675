package io.incidentbot.slack.role;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.slack.ActionValue;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;

/** On the card: who holds the other roles, and pickers for owner and comms owner while it is open. */
final class RolesPart implements CardPart {
    private final AppConfig config;

    RolesPart(AppConfig config) {
        this.config = config;
    }

    @Override
    public List<LayoutBlock> blocks(IncidentView view) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<String> others = view.roles().stream().filter(r -> !RoleIds.ON_CARD.contains(r.role()))
                .map(r -> "*" + Text.escape(config.roleLabel(r.role())) + "* " + Format.user(r.userId())).toList();
        if (!others.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(String.join(" · ", others), Text.CONTEXT))))));
        }
        if (view.incident().isOpen()) {
            String blockId = new ActionValue(view.incident().id().number(), RoleIds.PICKERS,
                    view.incident().version()).encode();
            List<BlockElement> pickers = RoleIds.ON_CARD.stream().map(role -> picker(view, role)).toList();
            blocks.add(actions(a -> a.blockId(blockId).elements(pickers)));
        }
        return blocks;
    }

    private BlockElement picker(IncidentView view, String role) {
        return usersSelect(u -> u.actionId(RoleIds.pickAction(role))
                .placeholder(plainText(Text.clamp("Assign " + config.roleLabel(role).toLowerCase(java.util.Locale.ROOT),
                        Text.PLACEHOLDER)))
                .initialUser(view.holder(role).orElse(null)));
    }
}
