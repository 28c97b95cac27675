package io.incidentbot.slack.evidence;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.datetimePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.ViewState;
import io.incidentbot.evidence.Category;
import io.incidentbot.evidence.CheckResult;
import io.incidentbot.evidence.DiagnosticCheck;
import io.incidentbot.evidence.Diagnostics;
import io.incidentbot.evidence.FieldKind;
import io.incidentbot.evidence.RollbackDecision;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Modal inputs for record fields, by {@link FieldKind}: the block that asks for a field (prefilled
 * with its form value) and the form value read back from a submission. A form value is the stored
 * text form: epoch seconds for a time, an option id for a choice, {@link Diagnostics#encode()} for
 * the checks. Block and action ids are {@code <prefix>-<field id>} and {@code ...-input}, declared here only.
 */
final class FieldInputs {
    private final String prefix;

    FieldInputs(String prefix) {
        this.prefix = prefix;
    }

    String blockId(FieldInput input) {
        return blockId(input.field().id());
    }

    /** The block a field's error is shown on (diagnostics: its first check). */
    String errorBlockId(FieldInput input) {
        return input.field().kind() == FieldKind.DIAGNOSTICS
                ? blockId(input.field().id() + "-" + DiagnosticCheck.values()[0].id()) : blockId(input);
    }

    private String blockId(String suffix) {
        return prefix + "-" + suffix;
    }

    private static String actionId(String blockId) {
        return blockId + "-input";
    }

    /** The input block(s) for a field, prefilled with {@code formValue} (empty: nothing). */
    List<LayoutBlock> blocks(FieldInput input, String formValue) {
        FieldKind kind = input.field().kind();
        if (kind == FieldKind.DIAGNOSTICS) {
            return diagnostics(input, Diagnostics.read(formValue));
        }
        String blockId = blockId(input);
        BlockElement element = element(input, actionId(blockId), formValue);
        return List.of(input(i -> i.blockId(blockId).optional(true)
                .label(plainText(Text.clamp(input.field().label(), Text.LABEL)))
                .hint(input.hint() == null ? null : plainText(Text.clamp(input.hint(), Text.LABEL)))
                .element(element)));
    }

    private BlockElement element(FieldInput input, String actionId, String value) {
        String placeholder = input.placeholder() == null ? null : Text.clamp(input.placeholder(), Text.PLACEHOLDER);
        Optional<String> initial = Optional.ofNullable(value).filter(v -> !v.isBlank());
        FieldKind kind = input.field().kind();
        return switch (kind) {
            case TEXT, VERSION, LONG_TEXT, LINKS -> plainTextInput(p -> p.actionId(actionId)
                    .multiline(kind == FieldKind.LONG_TEXT || kind == FieldKind.LINKS)
                    .maxLength(kind.maxLength())
                    .initialValue(initial.map(v -> Text.clamp(v, kind.maxLength())).orElse(null))
                    .placeholder(placeholder == null ? null : plainText(placeholder)));
            case TIMESTAMP -> datetimePicker(d -> d.actionId(actionId)
                    .initialDateTime(initial.flatMap(FieldInputs::epochSeconds).orElse(null)));
            case DATE -> datePicker(d -> d.actionId(actionId).initialDate(initial.orElse(null))
                    .placeholder(plainText("Pick a date")));
            case USER -> usersSelect(u -> u.actionId(actionId).initialUser(initial.orElse(null))
                    .placeholder(plainText(placeholder == null ? "Choose someone" : placeholder)));
            case CATEGORY -> {
                List<OptionObject> options = Arrays.stream(Category.values()).map(c -> option(c.label(), c.id())).toList();
                yield staticSelect(s -> s.actionId(actionId).options(options)
                        .initialOption(initial.flatMap(Category::byId).map(c -> option(c.label(), c.id())).orElse(null))
                        .placeholder(plainText(placeholder == null ? "Choose" : placeholder)));
            }
            case DECISION -> {
                List<OptionObject> options = Arrays.stream(RollbackDecision.values())
                        .map(d -> option(d.label(), d.id())).toList();
                yield radioButtons(r -> r.actionId(actionId).options(options)
                        .initialOption(initial.flatMap(RollbackDecision::byId).map(d -> option(d.label(), d.id()))
                                .orElse(null)));
            }
            case DIAGNOSTICS -> throw new IllegalArgumentException("diagnostics take one block per check");
        };
    }

    private List<LayoutBlock> diagnostics(FieldInput input, Diagnostics current) {
        List<OptionObject> options = Arrays.stream(CheckResult.values()).map(r -> option(r.label(), r.id())).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        for (DiagnosticCheck check : DiagnosticCheck.values()) {
            String blockId = blockId(input.field().id() + "-" + check.id());
            CheckResult result = current.result(check);
            blocks.add(input(i -> i.blockId(blockId).optional(true)
                    .label(plainText(check.label()))
                    .hint(check == DiagnosticCheck.values()[DiagnosticCheck.values().length - 1] && input.hint() != null
                            ? plainText(Text.clamp(input.hint(), Text.LABEL)) : null)
                    .element(staticSelect(s -> s.actionId(actionId(blockId)).options(options)
                            .initialOption(option(result.label(), result.id()))))));
        }
        return blocks;
    }

    /** The form value of a field as submitted; empty when left blank. */
    String read(FieldInput input, Map<String, Map<String, ViewState.Value>> state) {
        FieldKind kind = input.field().kind();
        if (kind == FieldKind.DIAGNOSTICS) {
            Map<DiagnosticCheck, CheckResult> results = new EnumMap<>(DiagnosticCheck.class);
            for (DiagnosticCheck check : DiagnosticCheck.values()) {
                value(state, blockId(input.field().id() + "-" + check.id()))
                        .map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue)
                        .flatMap(CheckResult::byId).ifPresent(result -> results.put(check, result));
            }
            return Diagnostics.of(results).encode();
        }
        Optional<ViewState.Value> value = value(state, blockId(input));
        Optional<String> text = switch (kind) {
            case TEXT, VERSION, LONG_TEXT, LINKS -> value.map(ViewState.Value::getValue);
            case TIMESTAMP -> value.map(ViewState.Value::getSelectedDateTime).map(String::valueOf);
            case DATE -> value.map(ViewState.Value::getSelectedDate);
            case USER -> value.map(ViewState.Value::getSelectedUser);
            case CATEGORY, DECISION -> value.map(ViewState.Value::getSelectedOption)
                    .map(ViewState.SelectedOption::getValue);
            case DIAGNOSTICS -> Optional.empty();
        };
        return text.map(String::strip).orElse("");
    }

    private Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> state, String blockId) {
        return Optional.ofNullable(state.get(blockId)).map(block -> block.get(actionId(blockId)));
    }

    private static Optional<Integer> epochSeconds(String text) {
        try {
            return Optional.of(Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static OptionObject option(String label, String value) {
        return OptionObject.builder().text(plainText(Text.clamp(label, Text.OPTION))).value(value).build();
    }
}
