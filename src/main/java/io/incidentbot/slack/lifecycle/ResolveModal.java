package io.incidentbot.slack.lifecycle;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.Resolution;
import io.incidentbot.incident.ResolutionField;
import io.incidentbot.incident.ResolutionRules;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Resolve INC-7": the runbook's acceptance checks, each required, and — when resolve checks report
 * outstanding work — that list and a reason to resolve anyway. Built from the incident, read back
 * into a {@link Resolution}. Pure.
 */
final class ResolveModal {
    static final String NUMBER = "n";
    static final String VERSION = "v";
    private static final int OUTSTANDING_SHOWN = 20;

    private ResolveModal() {
    }

    /**
     * @param typed  answers to keep (the form is shown again after the incident changed underneath)
     * @param notice why it is shown again
     */
    static View build(IncidentView incident, List<String> outstanding, Optional<Resolution> typed,
                      Optional<String> notice, AppConfig config) {
        String id = incident.incident().id().display(config.incident().idPrefix());
        Meta meta = Meta.empty().with(NUMBER, String.valueOf(incident.incident().id().number()))
                .with(VERSION, String.valueOf(incident.incident().version()));
        List<LayoutBlock> blocks = new ArrayList<>();
        notice.ifPresent(text -> blocks.add(section(s -> s.text(markdownText(Text.clamp("⚠️ " + text, Text.SECTION))))));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "The runbook's acceptance checks: the team can explain each of these. No keys, raw logs or customer data.")))));
        blocks.add(text(ResolveField.IMPACT, "Impact", "Who and what was affected, and for how long",
                typed.map(Resolution::impact)));
        blocks.add(text(ResolveField.ROOT_CAUSE, "Root-cause hypothesis", "Best current explanation, even if unconfirmed",
                typed.map(Resolution::rootCause)));
        Optional<String> owner = typed.map(Resolution::owner).filter(o -> !o.isBlank())
                .or(() -> incident.holder(RoleAssignment.OWNER));
        blocks.add(input(i -> i.blockId(ResolveField.OWNER.blockId).label(plainText("Owner"))
                .hint(plainText("Who owns the remediation and the prevention step"))
                .element(usersSelect(u -> u.actionId(ResolveField.OWNER.actionId).initialUser(owner.orElse(null))
                        .placeholder(plainText("Choose a person"))))));
        blocks.add(text(ResolveField.REMEDIATION, "Remediation", "What was done to recover (rollback, fix, provider, hosting)",
                typed.map(Resolution::remediation)));
        blocks.add(text(ResolveField.PREVENTION, "Prevention step", "What keeps this from happening again",
                typed.map(Resolution::prevention)));
        if (!outstanding.isEmpty()) {
            StringBuilder list = new StringBuilder("*Still outstanding*");
            outstanding.stream().limit(OUTSTANDING_SHOWN).forEach(item -> list.append("\n• ").append(Text.escape(item)));
            if (outstanding.size() > OUTSTANDING_SHOWN) {
                list.append("\n…and ").append(outstanding.size() - OUTSTANDING_SHOWN).append(" more");
            }
            blocks.add(section(s -> s.text(markdownText(Text.clamp(list.toString(), Text.SECTION)))));
            blocks.add(text(ResolveField.OVERRIDE_REASON, "Why resolve anyway?", "Recorded in the timeline",
                    typed.flatMap(Resolution::overrideReason)));
        }
        return view(v -> v.type("modal").callbackId(ResolveField.CALLBACK).privateMetadata(meta.encode())
                .title(viewTitle(t -> t.type("plain_text").text(Text.clamp("Resolve " + id, Text.MODAL_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Resolve")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    private static LayoutBlock text(ResolveField field, String label, String placeholder, Optional<String> initial) {
        return input(i -> i.blockId(field.blockId).label(plainText(label))
                .element(plainTextInput(p -> p.actionId(field.actionId).multiline(true)
                        .maxLength(ResolutionRules.ANSWER_MAX)
                        .initialValue(initial.filter(v -> !v.isBlank())
                                .map(v -> Text.clamp(v, ResolutionRules.ANSWER_MAX)).orElse(null))
                        .placeholder(plainText(placeholder)))));
    }

    static Resolution read(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        Function<ResolveField, String> text = f -> value(values, f).map(ViewState.Value::getValue).orElse("");
        return new Resolution(text.apply(ResolveField.IMPACT), text.apply(ResolveField.ROOT_CAUSE),
                value(values, ResolveField.OWNER).map(ViewState.Value::getSelectedUser).orElse(""),
                text.apply(ResolveField.REMEDIATION), text.apply(ResolveField.PREVENTION),
                Optional.of(text.apply(ResolveField.OVERRIDE_REASON)));
    }

    /** Whether the submitted form had the "why resolve anyway" field. */
    static boolean asksWhy(View submitted) {
        return submitted.getBlocks() != null && submitted.getBlocks().stream()
                .anyMatch(b -> ResolveField.OVERRIDE_REASON.blockId.equals(b.getBlockId()));
    }

    /** Field problems keyed by block id, as {@code response_action: errors} wants them. */
    static Map<String, String> errors(Map<ResolutionField, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, message) -> errors.put(ResolveField.of(field).blockId, message));
        return errors;
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, ResolveField f) {
        return Optional.ofNullable(values.get(f.blockId)).map(block -> block.get(f.actionId));
    }
}
