package io.incidentbot.slack.runbook;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.runbook.AttachOutcome;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.runbook.Runbook;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.Text;
import java.util.Optional;

/** A runbook chosen in the card's picker: its checklist is attached, posted, and the card refreshed. */
final class AddRunbookAction {
    private final ChecklistService checklists;
    private final ChecklistMessages messages;
    private final Notices notices;
    private final AfterAck afterAck;
    private final AppConfig config;

    AddRunbookAction(ChecklistService checklists, ChecklistMessages messages, Notices notices, AfterAck afterAck,
                     AppConfig config) {
        this.checklists = checklists;
        this.messages = messages;
        this.notices = notices;
        this.afterAck = afterAck;
        this.config = config;
    }

    Response handle(BlockActionRequest request, ActionContext context) {
        Click click = Click.of(request);
        Optional<ChecklistIds.AddRunbook> chosen = ChecklistIds.AddRunbook.decode(click.value());
        Optional<Runbook> runbook = chosen.flatMap(c -> config.runbooks().find(c.runbookId()));
        if (runbook.isEmpty()) {
            tell(click, "That runbook is no longer configured. `/incident runbook` lists the ones there are.");
            return context.ack();
        }
        IncidentId id = new IncidentId(click.teamId(), chosen.get().number());
        AttachOutcome outcome = checklists.attach(id, runbook.get(), click.userId());
        String incident = id.display(config.incident().idPrefix());
        String title = Text.escape(runbook.get().title());
        switch (outcome) {
            case ATTACHED -> afterAck.run("checklist of " + id, () -> messages.sync(id));
            case ALREADY_ATTACHED -> tell(click, incident + " already has the *" + title + "* checklist.");
            case NO_SUCH_INCIDENT -> tell(click, "I can't find " + incident + " any more.");
            case INCIDENT_RESOLVED -> tell(click, incident + " is resolved; reopen it to change its checklist.");
        }
        return context.ack();
    }

    private void tell(Click click, String text) {
        afterAck.run("checklist notice", () -> notices.ephemeral(click.channelId(), click.userId(),
                click.responseUrl(), text));
    }
}
