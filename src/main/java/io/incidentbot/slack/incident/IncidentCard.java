package io.incidentbot.slack.incident;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.slack.CardPart;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident card: the one message that says what is happening and who owns it. Rendered from
 * the database every time, so it can be re-posted or updated at any moment; features add their
 * {@link CardPart}s below the facts.
 */
final class IncidentCard {
    static final String KIND = "card";

    private IncidentCard() {
    }

    /**
     * True when the card is shown outside a privacy-sensitive incident's private channel (where it
     * was opened, or an old card left behind when it moved): then the title, description and feature
     * parts stay out of it.
     */
    static boolean discreet(Incident incident, String cardChannel) {
        return incident.privacySensitive() && !incident.channelId().map(cardChannel::equals).orElse(false);
    }

    static List<LayoutBlock> blocks(IncidentView view, AppConfig config, List<CardPart> parts, String cardChannel) {
        boolean discreet = discreet(view.incident(), cardChannel);
        Incident incident = view.incident();
        String id = incident.id().display(config.incident().idPrefix());
        String title = discreet ? "Private incident" : incident.title();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(Text.clamp("🚨 " + id + " · " + title, Text.HEADER)))));
        List<TextObject> fields = new ArrayList<>();
        fields.add(field("Severity", config.severities().lookup(incident.severity()).title()));
        fields.add(field("Status", Text.escape(config.statusLabel(incident.status()))));
        fields.add(field("Owner", holder(view, RoleAssignment.OWNER)));
        fields.add(field("Comms owner", holder(view, RoleAssignment.COMMS_OWNER)));
        fields.add(field("Affected area", Text.escape(config.areaLabel(incident.area()))));
        fields.add(field("Customer-visible", (incident.customerVisible() ? "Yes" : "No")
                + (incident.privacySensitive() ? " · 🔒 privacy-sensitive" : "")));
        blocks.add(section(s -> s.fields(fields)));
        if (!discreet && !incident.description().isBlank()) {
            blocks.add(section(s -> s.text(markdownText(
                    Text.clamp("*What happened*\n" + Text.escape(incident.description()), Text.SECTION)))));
        }
        if (!discreet) {
            parts.forEach(part -> blocks.addAll(part.blocks(view)));
        }
        StringBuilder line = new StringBuilder("Opened by " + Format.user(incident.openedBy()) + " · "
                + Format.when(incident.openedAt()));
        incident.noticedAt().ifPresent(at -> line.append(" · first noticed ").append(Format.when(at)));
        if (discreet) {
            line.append(" · details are kept in the incident's private channel");
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(line.toString(), Text.CONTEXT))))));
        return blocks;
    }

    /** The notification text (and screen-reader text) of the card. */
    static String fallback(IncidentView view, AppConfig config, String cardChannel) {
        Incident incident = view.incident();
        boolean discreet = discreet(incident, cardChannel);
        return Text.clamp(incident.id().display(config.incident().idPrefix()) + " (" + incident.severity() + "): "
                + (discreet ? "private incident" : Text.escape(incident.title())), Text.MESSAGE);
    }

    private static String holder(IncidentView view, String role) {
        return view.holder(role).map(Format::user).orElse("_unassigned_");
    }

    private static TextObject field(String label, String mrkdwnValue) {
        return markdownText(Text.clamp("*" + label + "*\n" + mrkdwnValue, Text.FIELD));
    }
}
