package io.incidentbot.slack.runbook;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.runbook.Tick;
import io.incidentbot.runbook.ToggleResult;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Notices;
import java.util.Optional;

/**
 * A click on a checklist item's button: stored (with its audit event) before the ack, so nothing
 * acknowledged is lost; the messages are re-rendered after it. Anyone who can see the checklist may tick.
 */
final class ToggleAction {
    private final ChecklistService checklists;
    private final ChecklistMessages messages;
    private final Notices notices;
    private final AfterAck afterAck;
    private final AppConfig config;

    ToggleAction(ChecklistService checklists, ChecklistMessages messages, Notices notices, AfterAck afterAck,
                 AppConfig config) {
        this.checklists = checklists;
        this.messages = messages;
        this.notices = notices;
        this.afterAck = afterAck;
        this.config = config;
    }

    Response handle(BlockActionRequest request, ActionContext context) {
        Click click = Click.of(request);
        Optional<ChecklistIds.Toggle> toggle = ChecklistIds.Toggle.decode(click.value());
        if (toggle.isEmpty()) {
            tell(click, "That button belongs to a checklist I can't read any more. Use the checklist in the "
                    + "incident's channel.");
            return context.ack();
        }
        IncidentId id = new IncidentId(click.teamId(), toggle.get().number());
        ToggleResult result = checklists.toggle(id, toggle.get().runbookId(), toggle.get().itemId(),
                toggle.get().done(), click.userId());
        String incident = id.display(config.incident().idPrefix());
        switch (result.outcome()) {
            case CHANGED -> sync(id);
            case UNCHANGED -> {
                sync(id); // the clicked message may be behind: bring it up to date
                Optional<Tick> tick = result.item().flatMap(i -> i.tick());
                boolean ownDoubleClick = tick.map(t -> t.userId().equals(click.userId())).orElse(false);
                if (tick.isPresent() && !ownDoubleClick) {
                    tell(click, "Already ticked by " + Format.user(tick.get().userId()) + ", "
                            + Format.when(tick.get().at()) + ".");
                } else if (tick.isEmpty()) {
                    tell(click, "That item is already unticked.");
                }
            }
            case NO_SUCH_ITEM -> tell(click, "That checklist item no longer exists on " + incident
                    + " (this message is out of date). Use the incident's current checklist.");
            case INCIDENT_RESOLVED -> tell(click, incident + " is resolved; reopen it to change its checklist.");
        }
        return context.ack();
    }

    private void sync(IncidentId id) {
        afterAck.run("checklist of " + id, () -> messages.sync(id));
    }

    private void tell(Click click, String text) {
        afterAck.run("checklist notice", () -> notices.ephemeral(click.channelId(), click.userId(),
                click.responseUrl(), text));
    }
}
