package io.incidentbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.Authority;
import io.incidentbot.slack.incident.IncidentCards;
import io.incidentbot.slack.incident.IncidentFeature;
import io.incidentbot.slack.incident.IncidentLocator;
import java.time.Clock;

/** What a feature's Slack side is built with: the app to register on, and the shared Slack parts. */
public record FeatureContext(App app, AppConfig config, IncidentService incidentService, Authority authority,
                             Notices notices, AfterAck afterAck, IncidentFeature incidents, IncidentLocator locator,
                             SlackUserGroups groups, ChangeReplies replies, TimerPoller timers, Clock clock) {

    public MethodsClient client() {
        return app.client();
    }

    public IncidentCards cards() {
        return incidents.cards();
    }

    /** The incident as it is now (it exists: ids come from messages and modals the bot drew). */
    public IncidentView view(IncidentId id) {
        return incidentService.view(id).orElseThrow(() -> new java.util.NoSuchElementException("no incident " + id));
    }

    /** Whether this person may change the incident's severity, resolve, reopen or reassign it. */
    public boolean mayChange(IncidentView view, String userId) {
        return authority.mayChange(view, groups.actor(userId));
    }

    /** Best-effort posts and invitations after the ack. */
    public ChannelMessages messages() {
        return new ChannelMessages(app.client(), calls());
    }

    /** Web API calls made after the ack: retried on 429 and 5xx. */
    public SlackCalls calls() {
        return SlackCalls.afterAck();
    }
}
