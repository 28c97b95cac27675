package io.incidentbot.slack.comms;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.incidentbot.comms.CustomerUpdate;
import io.incidentbot.comms.Templates;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.slack.Format;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The draft message with Edit, Publish and Skip, and the edit and skip modals. Pure. */
final class UpdateViews {
    static final String EDIT = "comms-edit";
    static final String PUBLISH = "comms-publish";
    static final String SKIP = "comms-skip";
    static final String EDIT_CALLBACK = "comms-edit-modal";
    static final String EDIT_BLOCK = "comms-edit-text";
    static final String SKIP_CALLBACK = "comms-skip-modal";
    static final String SKIP_BLOCK = "comms-skip-reason";
    static final int TEXT_MAX = 3000;

    private UpdateViews() {
    }

    /** The button value and modal metadata: "7:2" (incident number, update seq). */
    static String ref(CustomerUpdate update) {
        return update.incident().number() + ":" + update.seq();
    }

    static Optional<int[]> parseRef(String value) {
        if (value == null || !value.matches("\\d{1,9}:\\d{1,9}")) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
    }

    /** Whom the draft is for: the comms owner, else the owner. */
    static String addressee(IncidentView view) {
        return view.holder(RoleAssignment.COMMS_OWNER).or(() -> view.holder(RoleAssignment.OWNER)).map(Format::user)
                .orElse("Comms owner (nobody holds the role; `/incident assign @someone comms`)");
    }

    static String fallback(CustomerUpdate update, String id, IncidentView view) {
        return addressee(view) + ": customer update #" + update.seq() + " of " + id + " — " + update.state().key();
    }

    static List<LayoutBlock> draft(CustomerUpdate update, String id, IncidentView view, Optional<String> channel,
                                   Optional<String> progress) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String head = update.isFinal()
                ? "📣 " + addressee(view) + ": *" + id + "* is resolved. Here is the final customer update (#"
                        + update.seq() + ") to review."
                : "📣 " + addressee(view) + ": customer update #" + update.seq() + " of *" + id
                        + "* is due. Review it, then Publish, Edit or Skip.";
        blocks.add(section(s -> s.text(markdownText(Text.clamp(head, Text.SECTION)))));
        String body = update.state() == CustomerUpdate.State.DRAFT || update.state() == CustomerUpdate.State.FAILED
                || update.publishedText().isEmpty()
                ? update.text().replace(Templates.NEXT_UPDATE_MARK, "_(set when published)_")
                : update.publishedText().get();
        blocks.add(section(s -> s.text(markdownText(Text.clamp(quote(body), Text.SECTION)))));
        List<com.slack.api.model.block.ContextBlockElement> facts = new ArrayList<>();
        facts.add(markdownText("🔒 Redaction: " + update.removed()
                + update.editedBy().map(u -> " · edited by " + Format.user(u)).orElse("")));
        facts.add(markdownText(channel.map(c -> "Goes to " + Format.channel(c))
                .orElse("No customer channel yet: set `comms.customer_channel` or `/incident update channel #channel`")));
        blocks.add(context(c -> c.elements(facts)));
        blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(state(update, progress), Text.CONTEXT))))));
        if (update.state().open()) {
            String value = ref(update);
            List<BlockElement> buttons = List.of(
                    button(b -> b.actionId(PUBLISH).value(value).style("primary")
                            .text(plainText(update.state() == CustomerUpdate.State.FAILED ? "Publish again" : "Publish"))),
                    button(b -> b.actionId(EDIT).value(value).text(plainText("Edit"))),
                    button(b -> b.actionId(SKIP).value(value).text(plainText("Skip"))));
            blocks.add(actions(a -> a.blockId("comms-" + value).elements(buttons)));
        }
        return blocks;
    }

    private static String state(CustomerUpdate update, Optional<String> progress) {
        return switch (update.state()) {
            case DRAFT -> "State: *draft*";
            case SENDING -> "State: *sending* to " + update.targetChannel().map(Format::channel).orElse("?")
                    + progress.map(p -> " · " + p).orElse("");
            case PUBLISHED -> "State: *sent* ✅ in " + update.targetChannel().map(Format::channel).orElse("?") + " by "
                    + update.decidedBy().map(Format::user).orElse("?")
                    + update.nextUpdateAt().map(at -> " · next update by " + Format.when(at)).orElse("");
            case SKIPPED -> "State: *skipped* by " + update.decidedBy().map(Format::user).orElse("?") + ": "
                    + update.skipReason().orElse("");
            case FAILED -> "State: *failed* ⚠️ after " + update.attempts() + " attempt(s): "
                    + update.lastError().orElse("?") + ". Nothing reached customers; publish again when Slack is back.";
        };
    }

    private static String quote(String text) {
        return "> " + text.replace("\n", "\n> ");
    }

    static View editModal(CustomerUpdate update, String id) {
        List<LayoutBlock> blocks = List.of(
                context(c -> c.elements(List.of(markdownText("Your text is redacted again when you save; the draft "
                        + "then shows what customers will get. Keep `{next_update}`: it becomes the next update time.")))),
                input(i -> i.blockId(EDIT_BLOCK).label(plainText("Customer update"))
                        .element(plainTextInput(p -> p.actionId(EDIT_BLOCK).multiline(true).maxLength(TEXT_MAX)
                                .initialValue(Text.clamp(update.text(), TEXT_MAX))))));
        return view(v -> v.type("modal").callbackId(EDIT_CALLBACK).privateMetadata(ref(update))
                .title(viewTitle(t -> t.type("plain_text").text(Text.clamp("Edit " + id + " update", Text.MODAL_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save draft")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static View skipModal(CustomerUpdate update, String id) {
        List<LayoutBlock> blocks = List.of(input(i -> i.blockId(SKIP_BLOCK).label(plainText("Why skip this update?"))
                .hint(plainText("Recorded in the timeline. The next update is scheduled from now."))
                .element(plainTextInput(p -> p.actionId(SKIP_BLOCK).maxLength(500)))));
        return view(v -> v.type("modal").callbackId(SKIP_CALLBACK).privateMetadata(ref(update))
                .title(viewTitle(t -> t.type("plain_text").text(Text.clamp("Skip " + id + " update", Text.MODAL_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Skip update")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static String read(ViewState state, String block) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        return Optional.ofNullable(values.get(block)).map(b -> b.get(block)).map(ViewState.Value::getValue)
                .orElse("").strip();
    }
}
