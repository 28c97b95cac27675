package io.incidentbot.slack.runbook;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.ButtonElement;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.AppConfig;
import io.incidentbot.runbook.Checklist;
import io.incidentbot.runbook.ChecklistItem;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import io.incidentbot.slack.runbook.ChecklistPages.Heading;
import io.incidentbot.slack.runbook.ChecklistPages.Line;
import io.incidentbot.slack.runbook.ChecklistPages.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a checklist: a line per item with a button that ticks it, or (ticked) shows who and
 * when and unticks it after a confirmation. Pure: rendered from the database on every change.
 */
final class ChecklistMessage {
    private static final int CONFIRM_TEXT = 300;

    private ChecklistMessage() {
    }

    /** The {@code incident_message} kind of page {@code page} (1-based) of a runbook's checklist. */
    static String kind(String runbookId, int page) {
        return "checklist:" + runbookId + ":" + page;
    }

    static List<LayoutBlock> blocks(IncidentId incident, Checklist checklist, List<List<Row>> pages, int page,
                                    AppConfig config) {
        String id = incident.display(config.incident().idPrefix());
        List<LayoutBlock> blocks = new ArrayList<>();
        if (page == 1) {
            blocks.add(header(h -> h.text(plainText(Text.clamp("📋 " + checklist.title(), Text.HEADER)))));
            blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(id + " · " + progress(checklist)
                    + " · tick each item as it is done", Text.CONTEXT))))));
        } else {
            blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(id + " · "
                    + Text.escape(checklist.title()) + " · part " + page + " of " + pages.size(), Text.CONTEXT))))));
        }
        for (Row row : pages.get(page - 1)) {
            if (row instanceof Heading heading) {
                blocks.add(section(s -> s.text(markdownText(Text.clamp("*" + Text.escape(heading.section()) + "*"
                        + (heading.continued() ? " (continued)" : ""), Text.SECTION)))));
            } else if (row instanceof Line line) {
                blocks.add(item(incident, line.item(), config));
            }
        }
        return blocks;
    }

    /**
     * The notification (and screen-reader) text of a page. Only the first page carries the progress,
     * so a tick leaves the other pages' text alone (and spares their updates).
     */
    static String fallback(IncidentId incident, Checklist checklist, int page, int pages, AppConfig config) {
        String part = pages > 1 ? "part " + page + " of " + pages : "";
        String detail = page == 1 ? progress(checklist) + (part.isEmpty() ? "" : ", " + part) : part;
        return Text.clamp(incident.display(config.incident().idPrefix()) + " checklist: " + Text.escape(checklist.title())
                + " (" + detail + ")", Text.MESSAGE);
    }

    static String progress(Checklist checklist) {
        int open = checklist.outstandingRequired().size();
        return checklist.done() + "/" + checklist.total() + " done" + (open > 0 ? " · " + open + " required open" : "");
    }

    private static LayoutBlock item(IncidentId incident, ChecklistItem item, AppConfig config) {
        String prefix = item.done() ? "✅ " : "⬜ ";
        String suffix = item.tick()
                .map(t -> " — " + Format.user(t.userId()) + ", " + Format.when(t.at()))
                .orElseGet(() -> tags(item, config));
        String text = prefix + Text.clamp(Text.escape(item.text()), Text.SECTION - prefix.length() - suffix.length())
                + suffix;
        ChecklistIds.Toggle toggle = new ChecklistIds.Toggle(incident.number(), item.runbookId(), item.id(), !item.done());
        ButtonElement button = ButtonElement.builder()
                .actionId(ChecklistIds.toggleAction(item.id()))
                .value(toggle.encode())
                .text(plainText(item.done() ? "Untick" : "Tick"))
                .style(item.done() ? null : "primary")
                .confirm(item.done() ? untickConfirmation(item) : null)
                .build();
        return section(s -> s.blockId(ChecklistIds.itemBlock(item.runbookId(), item.id()))
                .text(markdownText(text)).accessory(button));
    }

    /** "_— Comms owner · required_" */
    private static String tags(ChecklistItem item, AppConfig config) {
        List<String> tags = new ArrayList<>();
        item.role().map(config::roleLabel).map(Text::escape).ifPresent(tags::add);
        if (item.required()) {
            tags.add("required");
        }
        return tags.isEmpty() ? "" : " _— " + Text.clamp(String.join(" · ", tags), 200) + "_";
    }

    private static ConfirmationDialogObject untickConfirmation(ChecklistItem item) {
        String tail = "” goes back to not done. The timeline keeps who ticked and who unticked it.";
        return ConfirmationDialogObject.builder()
                .title(plainText("Untick this item?"))
                .text(plainText("“" + Text.clamp(item.text(), CONFIRM_TEXT - tail.length() - 1) + tail))
                .confirm(plainText("Untick"))
                .deny(plainText("Keep it ticked"))
                .build();
    }
}
