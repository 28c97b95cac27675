package io.incidentbot.slack.evidence;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.incidentbot.evidence.RollbackField;
import io.incidentbot.evidence.RollbackRecord;
import io.incidentbot.incident.Incident;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rollback record modal (Update and Rollback runbook), prefilled with what is recorded. */
final class RollbackModal {
    static final String CALLBACK = "rollback-form";
    static final FieldInputs INPUTS = new FieldInputs("rollback");

    static final List<FieldInput> FIELDS = List.of(
            new FieldInput(RollbackField.RELEASE_VERSION, "4.2.0", "The release that was applied."),
            new FieldInput(RollbackField.UPDATE_DATE, null, null),
            new FieldInput(RollbackField.BACKUP_LOCATION, "Host snapshot 2026-03-04 02:00, off-site bucket",
                    "Where a restore-tested backup is. No credentials."),
            new FieldInput(RollbackField.RESTORE_OWNER, "Who restores it", null),
            new FieldInput(RollbackField.DIAGNOSTICS_RESULT, "Staging pass, production fails outbound HTTPS",
                    "Diagnostics after the update, on staging and production."),
            new FieldInput(RollbackField.KNOWN_CAVEATS, "Orders placed since the update must be re-synced …", null),
            new FieldInput(RollbackField.DECISION, null, "Record it before resuming normal use."));

    private RollbackModal() {
    }

    static View build(String reference, Incident incident, RollbackRecord record, Redactor redactor, Meta meta) {
        RecordForm form = new RecordForm(INPUTS, redactor, meta);
        List<LayoutBlock> fields = new ArrayList<>();
        for (FieldInput input : FIELDS) {
            fields.addAll(form.ask(input, record.get((RollbackField) input.field()), Optional.empty()));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp("*" + reference + "* · "
                + Text.escape(incident.title()) + "\nDocument the release and the way back before resuming normal use.",
                Text.CONTEXT))))));
        if (form.showsRedactedValues()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("🔒 Secrets in saved values are shown redacted. "
                    + "Leave such a field as it is to keep what was saved.")))));
        }
        blocks.addAll(fields);
        String encoded = form.meta().encode();
        return view(v -> v.type("modal")
                .callbackId(CALLBACK)
                .privateMetadata(encoded)
                .title(viewTitle(t -> t.type("plain_text").text(Text.clamp("Rollback · " + reference, Text.MODAL_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    static Map<RollbackField, String> changed(ViewState state, Meta meta) {
        return RecordForm.changed(INPUTS, FIELDS, RollbackField.class, state, meta);
    }

    static Map<String, String> errors(Map<RollbackField, String> problems) {
        return RecordForm.errors(INPUTS, FIELDS, problems);
    }

    static String firstBlockId() {
        return INPUTS.blockId(FIELDS.get(0));
    }
}
