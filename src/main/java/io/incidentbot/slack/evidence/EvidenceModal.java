package io.incidentbot.slack.evidence;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.incidentbot.evidence.Evidence;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.incident.Incident;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence modal: the support-safe fields of the runbooks, grouped as support reads them,
 * prefilled with what is known (free text redacted). Every field is optional: saving part is fine.
 */
final class EvidenceModal {
    static final String CALLBACK = "evidence-form";
    static final FieldInputs INPUTS = new FieldInputs("evidence");

    private record Group(String title, List<FieldInput> fields) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("When and where", List.of(
                    new FieldInput(EvidenceField.EXACT_TIME, null,
                            "When it happened, to the minute, in your time zone: what logs and support match on."),
                    new FieldInput(EvidenceField.AFFECTED_USER, "Shop manager account, customer role",
                            "Who saw it. A role or account type is enough: no e-mail addresses or customer names."),
                    new FieldInput(EvidenceField.AFFECTED_SCREEN, "WooCommerce → Orders → Edit order", null))),
            new Group("Versions", List.of(
                    new FieldInput(EvidenceField.PLUGIN_VERSION, "4.2.1", "SophMate's version (Plugins screen or Diagnostics)."),
                    new FieldInput(EvidenceField.WORDPRESS_VERSION, "6.4.2", null),
                    new FieldInput(EvidenceField.WOOCOMMERCE_VERSION, "8.5.1", null),
                    new FieldInput(EvidenceField.PHP_VERSION, "8.2.12", null))),
            new Group("What happens", List.of(
                    new FieldInput(EvidenceField.REPRODUCTION_STEPS, "1. Open … 2. Click … 3. See …",
                            "Specific enough for another operator to retry."),
                    new FieldInput(EvidenceField.SCREENSHOTS, "https://… (one link per line)",
                            "Links to redacted screenshots."))),
            new Group("Diagnostics", List.of(
                    new FieldInput(EvidenceField.DIAGNOSTICS, null,
                            "From the Diagnostics screen. A failed check sends the incident to hosting."),
                    new FieldInput(EvidenceField.PROVIDER_STATUS, "Provider status page: degraded since 13:00 UTC", null),
                    new FieldInput(EvidenceField.HOSTING_STATUS, "Host reports no incidents", null))),
            new Group("Context", List.of(
                    new FieldInput(EvidenceField.PURCHASE_CONTEXT, "Regular licence from CodeCanyon, renewed 2025",
                            "Where and how it was bought. No purchase codes."),
                    new FieldInput(EvidenceField.CATEGORY, "Host, provider, plugin, configuration, data or user-flow",
                            "Decides where to escalate."))));

    static final List<FieldInput> FIELDS = GROUPS.stream().flatMap(g -> g.fields().stream()).toList();

    private EvidenceModal() {
    }

    static View build(String reference, Incident incident, Evidence evidence, Redactor redactor, Meta meta) {
        RecordForm form = new RecordForm(INPUTS, redactor, meta);
        List<LayoutBlock> fields = new ArrayList<>();
        for (Group group : GROUPS) {
            fields.add(header(h -> h.text(plainText(group.title()))));
            for (FieldInput input : group.fields()) {
                Optional<String> suggested = input.field() == EvidenceField.EXACT_TIME
                        ? incident.noticedAt().map(at -> String.valueOf(at.getEpochSecond())) : Optional.empty();
                fields.addAll(form.ask(input, evidence.get((EvidenceField) input.field()), suggested));
            }
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText(Text.clamp("*" + reference + "* · "
                + Text.escape(incident.title()) + "\nSave whatever you have: the card shows what is still missing. "
                + "Stored as typed; redacted wherever the bot shows or exports it.", Text.CONTEXT))))));
        if (form.showsRedactedValues()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("🔒 Secrets and customer details in saved "
                    + "values are shown redacted. Leave such a field as it is to keep what was saved.")))));
        }
        blocks.addAll(fields);
        String encoded = form.meta().encode();
        return view(v -> v.type("modal")
                .callbackId(CALLBACK)
                .privateMetadata(encoded)
                .title(viewTitle(t -> t.type("plain_text").text(Text.clamp("Evidence · " + reference, Text.MODAL_TITLE))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** The fields the user changed. */
    static Map<EvidenceField, String> changed(ViewState state, Meta meta) {
        return RecordForm.changed(INPUTS, FIELDS, EvidenceField.class, state, meta);
    }

    static Map<String, String> errors(Map<EvidenceField, String> problems) {
        return RecordForm.errors(INPUTS, FIELDS, problems);
    }

    /** Where a problem with the whole form is shown. */
    static String firstBlockId() {
        return INPUTS.blockId(FIELDS.get(0));
    }
}
