package io.incidentbot.slack.runbook;

import com.google.gson.Gson;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import io.incidentbot.common.IncidentId;
import io.incidentbot.common.MessageRef;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.runbook.Checklist;
import io.incidentbot.runbook.ChecklistService;
import io.incidentbot.slack.SlackCalls;
import io.incidentbot.slack.SlackCalls.SlackFailure;
import io.incidentbot.slack.incident.IncidentCards;
import io.incidentbot.slack.runbook.ChecklistPages.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an incident's checklist messages in step with the database: posts pages not posted yet in
 * the incident's channel, {@code chat.update}s pages whose rendering changed, then refreshes the card.
 *
 * <p>Syncs of one incident run one at a time, each reading the database after taking its turn, so
 * the last one shows every change stored before it. Requests arriving while one waits for its turn
 * are folded into it: twenty clicks in the same second cost a few updates, not twenty.
 */
final class ChecklistMessages {
    private static final Logger log = LoggerFactory.getLogger(ChecklistMessages.class);
    private static final Gson JSON = GsonFactory.createSnakeCase();

    /** Per incident: whether a sync is waiting for its turn, and what each page last showed in Slack. */
    private static final class Slot {
        final AtomicBoolean waiting = new AtomicBoolean();
        final Map<String, String> shown = new ConcurrentHashMap<>();
    }

    private final MethodsClient client;
    private final SlackCalls calls;
    private final IncidentService incidents;
    private final ChecklistService checklists;
    private final IncidentCards cards;
    private final AppConfig config;
    private final Map<IncidentId, Slot> slots = new ConcurrentHashMap<>();

    ChecklistMessages(MethodsClient client, SlackCalls calls, IncidentService incidents, ChecklistService checklists,
                      IncidentCards cards, AppConfig config) {
        this.client = client;
        this.calls = calls;
        this.incidents = incidents;
        this.checklists = checklists;
        this.cards = cards;
        this.config = config;
    }

    /** Posts missing pages and updates changed ones, then the card. Call after every change. */
    void sync(IncidentId id) {
        Slot slot = slots.computeIfAbsent(id, k -> new Slot());
        if (slot.waiting.getAndSet(true)) {
            return; // a sync is waiting for its turn; it will read this change too
        }
        synchronized (slot) {
            slot.waiting.set(false);
            render(id, slot, true);
        }
        cards.refresh(id);
    }

    /** Posts pages that were never posted (a set-up cut off by a restart), updating nothing else. */
    void postMissing(IncidentId id) {
        Slot slot = slots.computeIfAbsent(id, k -> new Slot());
        boolean posted;
        synchronized (slot) {
            posted = render(id, slot, false);
        }
        if (posted) {
            cards.refresh(id);
        }
    }

    /** Returns whether anything was posted. */
    private boolean render(IncidentId id, Slot slot, boolean update) {
        Optional<Incident> incident = incidents.find(id);
        if (incident.isEmpty()) {
            return false;
        }
        boolean posted = false;
        for (Checklist checklist : checklists.checklists(id)) {
            List<List<Row>> pages = ChecklistPages.of(checklist);
            for (int page = 1; page <= pages.size(); page++) {
                String kind = ChecklistMessage.kind(checklist.runbookId(), page);
                List<LayoutBlock> blocks = ChecklistMessage.blocks(id, checklist, pages, page, config);
                String text = ChecklistMessage.fallback(id, checklist, page, pages.size(), config);
                String digest = digest(blocks, text);
                Optional<MessageRef> ref = incidents.message(id, kind);
                try {
                    if (ref.isEmpty()) {
                        String channel = incident.get().homeChannel();
                        ChatPostMessageResponse response = calls.call("chat.postMessage", () -> client.chatPostMessage(
                                r -> r.channel(channel).text(text).blocks(blocks)));
                        incidents.recordMessage(id, kind, new MessageRef(response.getChannel(), response.getTs()));
                        slot.shown.put(kind, digest);
                        posted = true;
                    } else if (update && !digest.equals(slot.shown.get(kind))) {
                        calls.call("chat.update", () -> client.chatUpdate(r -> r.channel(ref.get().channelId())
                                .ts(ref.get().ts()).text(text).blocks(blocks)));
                        slot.shown.put(kind, digest);
                    }
                } catch (SlackFailure e) {
                    log.warn("{} of {} not {}: {}", kind, id, ref.isEmpty() ? "posted" : "updated", e.error());
                    if (ref.isEmpty()) {
                        break; // later pages would land above this one; the next sync posts them in order
                    }
                }
            }
        }
        return posted;
    }

    private static String digest(List<LayoutBlock> blocks, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update(JSON.toJson(blocks).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
