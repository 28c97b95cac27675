package io.incidentbot.slack.incident;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.incidentbot.common.MessageRef;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.ChannelNames;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.slack.ChannelMessages;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Notices;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.SlackCalls.SlackFailure;
import io.incidentbot.slack.Text;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after an incident is stored and the modal has closed: its own channel (private when
 * privacy-sensitive), the opener invited, the card posted and pinned, and a one-line announcement
 * where /incident was typed. When the channel cannot be made, the card goes to the origin channel
 * and the opener is told why.
 */
final class IncidentSetup {
    private static final Logger log = LoggerFactory.getLogger(IncidentSetup.class);
    private static final int NAME_ATTEMPTS = 5;
    private static final String ANNOUNCEMENT = "announcement";

    private final MethodsClient client;
    private final SlackCalls calls;
    private final IncidentService incidents;
    private final IncidentCards cards;
    private final AppConfig config;
    private final Notices notices;
    private final List<SetupStep> steps = new CopyOnWriteArrayList<>();
    private final ChannelMessages messages;

    IncidentSetup(MethodsClient client, SlackCalls calls, IncidentService incidents, IncidentCards cards,
                  AppConfig config, Notices notices) {
        this.client = client;
        this.calls = calls;
        this.incidents = incidents;
        this.cards = cards;
        this.config = config;
        this.notices = notices;
        this.messages = new ChannelMessages(client, calls);
    }

    /** Adds a step to run after the card and announcement. */
    void add(SetupStep step) {
        steps.add(step);
    }

    void run(Incident opened, Optional<String> responseUrl) {
        String id = opened.id().display(config.incident().idPrefix());
        Incident incident = opened;
        Optional<String> whyHere = Optional.empty();
        if (!config.incident().channelPerIncident()) {
            whyHere = Optional.of("This workspace keeps incidents in the channel they are opened from "
                    + "(`channel_per_incident: false`), so " + id + "'s card is posted here.");
        } else if (opened.channelId().isEmpty()) {
            try {
                incident = createChannel(opened);
                invite(incident, responseUrl);
            } catch (SlackFailure e) {
                log.warn("{}: channel not created ({})", id, e.error());
                whyHere = Optional.of("I couldn't create a channel for " + id + " (Slack said `" + e.error()
                        + "`), so its card is posted here instead.");
            }
        }
        if (!postCard(incident, responseUrl)) {
            return;
        }
        if (incident.channelId().isPresent()) {
            announce(incident, responseUrl);
        }
        Incident finalIncident = incident;
        whyHere.ifPresent(why -> notices.ephemeral(finalIncident.originChannel(), finalIncident.openedBy(), responseUrl, why));
        for (SetupStep step : steps) {
            try {
                step.run(finalIncident);
            } catch (RuntimeException e) {
                log.error("{}: a set-up step failed: {}", id, e.getClass().getName(), e);
            }
        }
    }

    /**
     * An incident found to be privacy-sensitive after its public channel was made continues in a new
     * private one (Slack lets no bot make a public channel private): role holders and the opener are
     * invited, the card moves, the old card and the announcement lose their details, and the old
     * channel is told where things went without any of them.
     */
    Incident moveToPrivateChannel(Incident incident) {
        Optional<String> old = incident.channelId();
        Optional<MessageRef> oldCard = incidents.message(incident.id(), IncidentCard.KIND);
        String id = incident.id().display(config.incident().idPrefix());
        Incident moved;
        try {
            moved = createChannel(incident);
        } catch (SlackFailure e) {
            log.warn("{}: private channel not created ({})", id, e.error());
            old.ifPresent(channel -> messages.post(channel, "🔒 " + id + " is privacy-sensitive, but I couldn't create a private "
                    + "channel for it (Slack said `" + e.error() + "`). Keep customer data out of this channel."));
            cards.refresh(incident.id());
            return incident;
        }
        String channel = moved.channelId().orElseThrow();
        java.util.Set<String> people = new java.util.LinkedHashSet<>();
        people.add(incident.openedBy());
        incidents.view(incident.id()).ifPresent(v -> v.roles().forEach(r -> people.add(r.userId())));
        people.forEach(user -> messages.invite(channel, user));
        oldCard.ifPresent(ref -> {
            try {
                calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(ref.channelId()).ts(ref.ts())
                        .text("🔒 " + id + " is privacy-sensitive: it continues in a private channel.")
                        .blocks(List.of())));
            } catch (SlackFailure e) {
                log.warn("old card of {} not cleared: {}", id, e.error());
            }
        });
        postCard(moved, Optional.empty());
        old.ifPresent(c -> messages.post(c, "🔒 " + id + " is privacy-sensitive now: it continues in a private channel. Keep "
                + "customer data out of this one."));
        reannounce(moved);
        return moved;
    }

    /** Rewrites the announcement to what it should say now (privacy-sensitive: no details). */
    void reannounce(Incident incident) {
        if (incident.channelId().isEmpty()) {
            return;
        }
        incidents.message(incident.id(), ANNOUNCEMENT).ifPresent(ref -> {
            try {
                calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(ref.channelId()).ts(ref.ts())
                        .text(announcement(incident))));
            } catch (SlackFailure e) {
                log.warn("announcement of {} not updated: {}", incident.id(), e.error());
            }
        });
    }

    private Incident createChannel(Incident incident) {
        String name = ChannelNames.forIncident(config.incident().channelPrefix(), incident.id().number(),
                incident.title(), incident.area());
        for (int attempt = 1; ; attempt++) {
            String candidate = attempt == 1 ? name : ChannelNames.withSuffix(name, attempt);
            try {
                String channelId = calls.call("conversations.create", () -> client.conversationsCreate(
                        r -> r.name(candidate).isPrivate(incident.privacySensitive()))).getChannel().getId();
                return incidents.attachChannel(incident.id(), channelId, candidate);
            } catch (SlackFailure e) {
                if (!"name_taken".equals(e.error()) || attempt == NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void invite(Incident incident, Optional<String> responseUrl) {
        String channel = incident.channelId().orElseThrow();
        try {
            calls.call("conversations.invite", () -> client.conversationsInvite(
                    r -> r.channel(channel).users(java.util.List.of(incident.openedBy()))));
        } catch (SlackFailure e) {
            if (!"already_in_channel".equals(e.error())) {
                notices.ephemeral(incident.originChannel(), incident.openedBy(), responseUrl,
                        "I couldn't add you to " + Format.channel(channel) + " (Slack said `" + e.error()
                                + "`); join it from the channel browser.");
            }
        }
    }

    private boolean postCard(Incident incident, Optional<String> responseUrl) {
        String channel = incident.homeChannel();
        try {
            pin(cards.post(incident.id(), channel));
            return true;
        } catch (SlackFailure e) {
            String id = incident.id().display(config.incident().idPrefix());
            notices.ephemeral(incident.originChannel(), incident.openedBy(), responseUrl, id + " is open, but I couldn't "
                    + "post its card in " + Format.channel(channel) + " (Slack said `" + e.error() + "`). Invite me "
                    + "with `/invite @incident-bot`, then see it in `/incident list`.");
            return false;
        }
    }

    private void pin(MessageRef card) {
        try {
            calls.call("pins.add", () -> client.pinsAdd(r -> r.channel(card.channelId()).timestamp(card.ts())));
        } catch (SlackFailure e) {
            log.warn("card not pinned in {}: {}", card.channelId(), e.error()); // the card still stands
        }
    }

    private void announce(Incident incident, Optional<String> responseUrl) {
        String text = announcement(incident);
        try {
            ChatPostMessageResponse posted = calls.call("chat.postMessage", () -> client.chatPostMessage(
                    r -> r.channel(incident.originChannel()).text(text)));
            incidents.recordMessage(incident.id(), ANNOUNCEMENT, new MessageRef(posted.getChannel(), posted.getTs()));
        } catch (SlackFailure e) {
            notices.ephemeral(incident.originChannel(), incident.openedBy(), responseUrl, text);
        }
    }

    private String announcement(Incident incident) {
        String id = incident.id().display(config.incident().idPrefix());
        String channel = Format.channel(incident.channelId().orElseThrow());
        if (incident.privacySensitive()) {
            return "🔒 " + Format.user(incident.openedBy()) + " opened *" + id + "*, a privacy-sensitive incident. "
                    + "Details stay in its private channel.";
        }
        return Text.clamp("🚨 " + Format.user(incident.openedBy()) + " opened *" + id + " · "
                + Text.escape(incident.title()) + "* (" + config.severities().lookup(incident.severity()).title()
                + ") → " + channel, Text.MESSAGE);
    }
}
