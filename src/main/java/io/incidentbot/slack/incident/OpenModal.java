package io.incidentbot.slack.incident;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datetimePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.incidentbot.config.AppConfig;
import io.incidentbot.incident.IncidentField;
import io.incidentbot.incident.IncidentRules;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.severity.Severity;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.Text;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The "Open an incident" modal: built from config, read back into a {@link NewIncident}. Pure. */
final class OpenModal {
    static final String ORIGIN = "origin";
    static final String RESPONSE_URL = "response";
    private static final String YES = "yes";
    private static final String NO = "no";

    private OpenModal() {
    }

    static View build(String title, AppConfig config, Meta meta) {
        List<OptionObject> severities = config.severities().levels().stream().map(OpenModal::option).toList();
        List<OptionObject> areas = config.areas().stream()
                .map(a -> option(a.label(), a.id())).toList();
        Optional<OptionObject> defaultSeverity = config.severities().find(config.incident().defaultSeverity())
                .map(OpenModal::option);
        return view(v -> v.type("modal")
                .callbackId(OpenField.CALLBACK)
                .privateMetadata(meta.encode())
                .title(viewTitle(t -> t.type("plain_text").text("Open an incident")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Open incident")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        input(i -> i.blockId(OpenField.TITLE.blockId).label(plainText("Title"))
                                .element(plainTextInput(p -> p.actionId(OpenField.TITLE.actionId)
                                        .maxLength(IncidentRules.TITLE_MAX)
                                        .initialValue(title.isBlank() ? null : Text.clamp(title.strip(), IncidentRules.TITLE_MAX))
                                        .placeholder(plainText("Checkout failing after 4.2 update"))))),
                        input(i -> i.blockId(OpenField.SEVERITY.blockId).label(plainText("Severity"))
                                .hint(plainText("Checkout, revenue or privacy impact visible to customers is the top level."))
                                .element(staticSelect(s -> s.actionId(OpenField.SEVERITY.actionId).options(severities)
                                        .initialOption(defaultSeverity.orElse(null))))),
                        input(i -> i.blockId(OpenField.AREA.blockId).label(plainText("Affected area"))
                                .element(staticSelect(s -> s.actionId(OpenField.AREA.actionId).options(areas)
                                        .placeholder(plainText("What is misbehaving?"))))),
                        yesNo(OpenField.CUSTOMER_VISIBLE, "Visible to customers?", null),
                        yesNo(OpenField.PRIVACY_SENSITIVE, "Private data may be exposed?",
                                "Yes makes the incident channel private and keeps details out of announcements."),
                        input(i -> i.blockId(OpenField.DESCRIPTION.blockId).label(plainText("What happened"))
                                .optional(true)
                                .element(plainTextInput(p -> p.actionId(OpenField.DESCRIPTION.actionId).multiline(true)
                                        .maxLength(IncidentRules.DESCRIPTION_MAX)
                                        .placeholder(plainText("What users see, since when, what was changed last. No keys or customer data."))))),
                        input(i -> i.blockId(OpenField.NOTICED_AT.blockId).label(plainText("First noticed at"))
                                .optional(true)
                                .hint(plainText("The exact time matters: it is what support and the logs are matched on."))
                                .element(datetimePicker(d -> d.actionId(OpenField.NOTICED_AT.actionId))))
                )));
    }

    private static com.slack.api.model.block.InputBlock yesNo(OpenField field, String label, String hint) {
        OptionObject no = option("No", NO);
        return input(i -> i.blockId(field.blockId).label(plainText(label))
                .hint(hint == null ? null : plainText(hint))
                .element(radioButtons(r -> r.actionId(field.actionId)
                        .options(List.of(option("Yes", YES), no)).initialOption(no))));
    }

    private static OptionObject option(Severity severity) {
        return OptionObject.builder().value(severity.id())
                .text(plainText(Text.clamp(severity.title(), Text.OPTION)))
                .description(severity.meaning().isEmpty() ? null
                        : plainText(Text.clamp(severity.meaning(), Text.OPTION_DESCRIPTION)))
                .build();
    }

    private static OptionObject option(String label, String value) {
        return OptionObject.builder().text(plainText(Text.clamp(label, Text.OPTION))).value(value).build();
    }

    static NewIncident read(ViewState state, String teamId, String userId, String originChannel) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        return new NewIncident(teamId,
                text(values, OpenField.TITLE).orElse(""),
                selected(values, OpenField.SEVERITY).orElse(null),
                selected(values, OpenField.AREA).orElse(null),
                selected(values, OpenField.CUSTOMER_VISIBLE).filter(YES::equals).isPresent(),
                selected(values, OpenField.PRIVACY_SENSITIVE).filter(YES::equals).isPresent(),
                text(values, OpenField.DESCRIPTION).orElse(""),
                value(values, OpenField.NOTICED_AT).map(ViewState.Value::getSelectedDateTime)
                        .map(seconds -> Instant.ofEpochSecond(seconds.longValue())),
                userId, originChannel);
    }

    /** Field problems keyed by block id, as {@code response_action: errors} wants them. */
    static Map<String, String> errors(Map<IncidentField, String> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        problems.forEach((field, message) -> errors.put(OpenField.of(field).blockId, message));
        return errors;
    }

    private static Optional<ViewState.Value> value(Map<String, Map<String, ViewState.Value>> values, OpenField field) {
        return Optional.ofNullable(values.get(field.blockId)).map(block -> block.get(field.actionId));
    }

    private static Optional<String> text(Map<String, Map<String, ViewState.Value>> values, OpenField field) {
        return value(values, field).map(ViewState.Value::getValue);
    }

    private static Optional<String> selected(Map<String, Map<String, ViewState.Value>> values, OpenField field) {
        return value(values, field).map(ViewState.Value::getSelectedOption).map(ViewState.SelectedOption::getValue);
    }
}
