package io.incidentbot.slack.incident;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.incidentbot.common.IncidentId;
import io.incidentbot.common.MessageRef;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.SlackCalls;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts incident cards and keeps them current: after any change a feature calls
 * {@link #refresh}, which re-renders the card from the database and {@code chat.update}s it.
 * Refreshes of one incident run one at a time, so an older render never lands last.
 */
public final class IncidentCards {
    private static final Logger log = LoggerFactory.getLogger(IncidentCards.class);

    private final MethodsClient client;
    private final SlackCalls calls;
    private final IncidentService incidents;
    private final AppConfig config;
    private final List<CardPart> parts = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<IncidentId, Object> locks = new ConcurrentHashMap<>();

    IncidentCards(MethodsClient client, SlackCalls calls, IncidentService incidents, AppConfig config) {
        this.client = client;
        this.calls = calls;
        this.incidents = incidents;
        this.config = config;
    }

    /** Adds a feature's part to every card, below those added before it. */
    public void add(CardPart part) {
        parts.add(part);
    }

    /** Posts the card in {@code channel} and remembers where it is. */
    MessageRef post(IncidentId id, String channel) {
        IncidentView view = incidents.view(id).orElseThrow();
        ChatPostMessageResponse posted = calls.call("chat.postMessage", () -> client.chatPostMessage(r -> r
                .channel(channel)
                .text(IncidentCard.fallback(view, config, channel))
                .blocks(IncidentCard.blocks(view, config, parts, channel))));
        MessageRef ref = new MessageRef(posted.getChannel(), posted.getTs());
        incidents.recordMessage(id, IncidentCard.KIND, ref);
        return ref;
    }

    /** Re-renders the card from the database. A card that was never posted is left alone. */
    public void refresh(IncidentId id) {
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            incidents.message(id, IncidentCard.KIND).ifPresent(ref -> {
                IncidentView view = incidents.view(id).orElseThrow();
                try {
                    calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(ref.channelId()).ts(ref.ts())
                            .text(IncidentCard.fallback(view, config, ref.channelId()))
                            .blocks(IncidentCard.blocks(view, config, parts, ref.channelId()))));
                } catch (SlackCalls.SlackFailure e) {
                    log.warn("card of {} not updated: {}", id, e.error());
                }
            });
        }
    }
}
