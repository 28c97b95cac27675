package io.incidentbot.slack.triage;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.severity.ProductionImpact;
import io.incidentbot.severity.Severity;
import io.incidentbot.severity.Suggestion;
import io.incidentbot.severity.TriageAnswers;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Triage in two steps. First the severity model's questions; then the level the policy suggests,
 * why, and a choice defaulting to it (a different level needs a reason). Pure.
 */
final class TriageModal {
    static final String NUMBER = "n";
    static final String VERSION = "v";
    private static final String YES = "yes";
    private static final String NO = "no";
    private static final String NO_AUTOMATION = "none";

    private TriageModal() {
    }

    /** Step one: the questions, answered as last time (or from what the incident was opened with). */
    static View criteria(IncidentView view, Optional<TriageAnswers> last, AppConfig config) {
        var incident = view.incident();
        Meta meta = Meta.empty().with(NUMBER, String.valueOf(incident.id().number()))
                .with(VERSION, String.valueOf(incident.version()));
        List<OptionObject> impacts = List.of(
                option("No: cosmetic, admin-only or a question", ProductionImpact.NONE.key()),
                option("Degraded: misbehaves, a workaround exists", ProductionImpact.DEGRADED.key()),
                option("Down: a workflow, checkout or path fails", ProductionImpact.OUTAGE.key()));
        Optional<String> impact = last.map(a -> a.productionImpact().key());
        List<OptionObject> pausable = List.of(option("Yes: paused, or it can be", YES),
                option("No: it keeps running", NO), option("No automation involved", NO_AUTOMATION));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "The severity model: a cosmetic admin issue must not follow the path of a checkout-impacting or privacy incident.")))));
        blocks.add(input(i -> i.blockId(TriageField.IMPACT.blockId).label(plainText("Production impact"))
                .element(radioButtons(r -> r.actionId(TriageField.IMPACT.actionId).options(impacts)
                        .initialOption(impact.flatMap(k -> find(impacts, k)).orElse(null))))));
        blocks.add(yesNo(TriageField.CUSTOMER_VISIBLE, "Visible to customers?",
                last.map(TriageAnswers::customerVisible).orElse(incident.customerVisible())));
        blocks.add(yesNo(TriageField.REVENUE_RISK, "Checkout or revenue at risk?",
                last.map(TriageAnswers::revenueRisk).orElse(false)));
        blocks.add(yesNo(TriageField.PRIVACY_EXPOSURE, "Private data may be exposed?",
                last.map(TriageAnswers::privacyExposure).orElse(incident.privacySensitive())));
        blocks.add(yesNo(TriageField.DATA_INCORRECT, "Data being written incorrectly?",
                last.map(TriageAnswers::dataIncorrect).orElse(false)));
        blocks.add(input(i -> i.blockId(TriageField.AUTOMATION_PAUSABLE.blockId)
                .label(plainText("Can the affected automation be paused?"))
                .element(radioButtons(r -> r.actionId(TriageField.AUTOMATION_PAUSABLE.actionId).options(pausable)
                        .initialOption(last.map(a -> a.automationPausable() ? pausable.get(0) : pausable.get(1))
                                .orElse(null))))));
        return modal(TriageIds.CRITERIA, "Triage " + id(view, config), "Suggest severity", meta, blocks);
    }

    /** Step two: the suggestion and why; the level to set, defaulting to it. */
    static View decision(IncidentView view, TriageAnswers answers, Suggestion suggestion, Optional<String> notice,
                         AppConfig config) {
        var incident = view.incident();
        Meta meta = encode(answers, Meta.empty().with(NUMBER, String.valueOf(incident.id().number()))
                .with(VERSION, String.valueOf(incident.version())));
        Severity suggested = config.severities().lookup(suggestion.level());
        List<OptionObject> levels = config.severities().levels().stream().map(TriageModal::option).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        notice.ifPresent(text -> blocks.add(section(s -> s.text(markdownText(Text.clamp("⚠️ " + text, Text.SECTION))))));
        blocks.add(section(s -> s.text(markdownText(Text.clamp("*Suggested: " + Text.escape(suggested.title())
                + "*\n_" + Text.escape(suggestion.explanation()) + "_", Text.SECTION)))));
        blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp(summary(answers), Text.CONTEXT))))));
        blocks.add(input(i -> i.blockId(TriageField.LEVEL.blockId).label(plainText("Severity"))
                .element(staticSelect(s -> s.actionId(TriageField.LEVEL.actionId).options(levels)
                        .initialOption(find(levels, suggested.id()).orElse(null))))));
        blocks.add(input(i -> i.blockId(TriageField.OVERRIDE_REASON.blockId).label(plainText("Why a different level?"))
                .optional(true)
                .hint(plainText("Required when you choose another level than suggested; it goes in the timeline."))
                .element(plainTextInput(p -> p.actionId(TriageField.OVERRIDE_REASON.actionId).multiline(true)
                        .maxLength(1000)))));
        return modal(TriageIds.DECISION, "Triage " + id(view, config), "Set severity", meta, blocks);
    }

    /** The answers of step one; empty when the impact question is unanswered. */
    static Optional<TriageAnswers> answers(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        Optional<ProductionImpact> impact = selected(values, TriageField.IMPACT).flatMap(ProductionImpact::fromKey);
        return impact.map(i -> new TriageAnswers(i, yes(values, TriageField.CUSTOMER_VISIBLE),
                yes(values, TriageField.REVENUE_RISK), yes(values, TriageField.PRIVACY_EXPOSURE),
                yes(values, TriageField.DATA_INCORRECT),
                !selected(values, TriageField.AUTOMATION_PAUSABLE).filter(NO::equals).isPresent()));
    }

    static Optional<String> level(ViewState state) {
        return selected(state.getValues(), TriageField.LEVEL);
    }

    static String overrideReason(ViewState state) {
        return Optional.ofNullable(state.getValues().get(TriageField.OVERRIDE_REASON.blockId))
                .map(b -> b.get(TriageField.OVERRIDE_REASON.actionId)).map(ViewState.Value::getValue).orElse("");
    }

    static Meta encode(TriageAnswers a, Meta meta) {
        return meta.with("impact", a.productionImpact().key()).with("flags", (a.customerVisible() ? "v" : "")
                + (a.revenueRisk() ? "r" : "") + (a.privacyExposure() ? "p" : "") + (a.dataIncorrect() ? "d" : "")
                + (a.automationPausable() ? "a" : "") + "-");
    }

    static Optional<TriageAnswers> decode(Meta meta) {
        String flags = meta.get("flags").orElse("");
        return meta.get("impact").flatMap(ProductionImpact::fromKey).map(impact -> new TriageAnswers(impact,
                flags.contains("v"), flags.contains("r"), flags.contains("p"), flags.contains("d"), flags.contains("a")));
    }

    private static String summary(TriageAnswers a) {
        List<String> facts = new ArrayList<>();
        facts.add("production: " + switch (a.productionImpact()) {
            case NONE -> "not affected";
            case DEGRADED -> "degraded";
            case OUTAGE -> "down";
        });
        facts.add(a.customerVisible() ? "visible to customers" : "not customer-visible");
        if (a.revenueRisk()) {
            facts.add("revenue at risk");
        }
        if (a.privacyExposure()) {
            facts.add("🔒 private data may be exposed");
        }
        if (a.dataIncorrect()) {
            facts.add("data incorrect");
        }
        facts.add(a.automationPausable() ? "automation can be paused" : "automation cannot be paused");
        return "Your answers: " + String.join(" · ", facts);
    }

    private static View modal(String callback, String title, String submit, Meta meta, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(callback).privateMetadata(meta.encode())
                .title(viewTitle(t -> t.type("plain_text").text(Text.clamp(title, Text.MODAL_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text(submit)))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    private static String id(IncidentView view, AppConfig config) {
        return view.incident().id().display(config.incident().idPrefix());
    }

    private static LayoutBlock yesNo(TriageField field, String label, boolean initial) {
        List<OptionObject> options = List.of(option("Yes", YES), option("No", NO));
        return input(i -> i.blockId(field.blockId).label(plainText(label))
                .element(radioButtons(r -> r.actionId(field.actionId).options(options)
                        .initialOption(options.get(initial ? 0 : 1)))));
    }

    private static OptionObject option(Severity severity) {
        return OptionObject.builder().value(severity.id()).text(plainText(Text.clamp(severity.title(), Text.OPTION)))
                .description(severity.meaning().isEmpty() ? null
                        : plainText(Text.clamp(severity.meaning(), Text.OPTION_DESCRIPTION)))
                .build();
    }

    private static OptionObject option(String label, String value) {
        return OptionObject.builder().text(plainText(Text.clamp(label, Text.OPTION))).value(value).build();
    }

    private static Optional<OptionObject> find(List<OptionObject> options, String value) {
        return options.stream().filter(o -> o.getValue().equals(value)).findFirst();
    }

    private static boolean yes(Map<String, Map<String, ViewState.Value>> values, TriageField field) {
        return selected(values, field).filter(YES::equals).isPresent();
    }

    private static Optional<String> selected(Map<String, Map<String, ViewState.Value>> values, TriageField field) {
        return Optional.ofNullable(values).map(v -> v.get(field.blockId)).map(block -> block.get(field.actionId))
                .map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue);
    }
}
