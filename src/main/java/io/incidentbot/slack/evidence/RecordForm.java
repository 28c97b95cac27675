package io.incidentbot.slack.evidence;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.ViewState;
import io.incidentbot.evidence.FormField;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rendering of a record's modal (evidence, rollback record): each field prefilled with its
 * stored value, redacted where people type free text, and fingerprinted so that only the fields
 * the user changed are saved. Reading a submission back is {@link #changed}.
 */
final class RecordForm {
    private final FieldInputs inputs;
    private final Redactor redactor;
    private Meta meta;
    private boolean redacted;

    RecordForm(FieldInputs inputs, Redactor redactor, Meta meta) {
        this.inputs = inputs;
        this.redactor = redactor;
        this.meta = meta;
    }

    /** Blocks asking for a field: its stored value (as shown), else the suggestion, else empty. */
    List<LayoutBlock> ask(FieldInput input, Optional<String> stored, Optional<String> suggested) {
        Optional<String> shown = stored.map(value -> shown(input.field(), value));
        shown.ifPresent(value -> meta = Prefill.remember(meta, input.field(), value));
        return inputs.blocks(input, shown.or(() -> suggested).orElse(""));
    }

    private String shown(FormField field, String stored) {
        if (!field.kind().typed()) {
            return stored;
        }
        var redaction = redactor.redact(stored);
        if (!redaction.findings().isEmpty()) {
            redacted = true;
        }
        // clamped as the input will show it, so an untouched field matches its fingerprint
        return Text.clamp(redaction.text(), field.kind().maxLength());
    }

    Meta meta() {
        return meta;
    }

    /** Some prefilled value had something removed: the form should say why it looks different. */
    boolean showsRedactedValues() {
        return redacted;
    }

    /** The fields the user changed, with their submitted form values (empty: cleared). */
    static <F extends FormField> Map<F, String> changed(FieldInputs inputs, List<FieldInput> fields, Class<F> type,
                                                        ViewState state, Meta meta) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        Map<F, String> changed = new LinkedHashMap<>();
        for (FieldInput input : fields) {
            String submitted = inputs.read(input, values);
            if (Prefill.touched(meta, input.field(), submitted)) {
                changed.put(type.cast(input.field()), submitted);
            }
        }
        return changed;
    }

    /** Field problems keyed by block id, as {@code response_action: errors} wants them. */
    static Map<String, String> errors(FieldInputs inputs, List<FieldInput> fields, Map<? extends FormField, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldInput input : fields) {
            String problem = problems.get(input.field());
            if (problem != null) {
                errors.put(inputs.errorBlockId(input), problem);
            }
        }
        return errors;
    }
}
