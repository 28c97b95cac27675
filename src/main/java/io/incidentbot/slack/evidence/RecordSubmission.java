package io.incidentbot.slack.evidence;

import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import io.incidentbot.common.IncidentId;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.FieldChange;
import io.incidentbot.evidence.FieldRules;
import io.incidentbot.evidence.FormField;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.evidence.RollbackField;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.slack.AfterAck;
import io.incidentbot.slack.Meta;
import io.incidentbot.slack.incident.IncidentCards;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The evidence or rollback modal submitted: only the fields the user changed are validated (field
 * errors keep the modal open with everything typed) and saved, in one transaction with the audit
 * event; the card is refreshed after the ack.
 */
final class RecordSubmission<F extends Enum<F> & FormField> {
    /** Saves the changed fields; returns what changed. */
    @FunctionalInterface
    interface Save<F extends FormField> {
        List<FieldChange<F>> save(IncidentId id, String actor, Map<F, String> changed);
    }

    private final IncidentService incidents;
    private final IncidentCards cards;
    private final AfterAck afterAck;
    private final Clock clock;
    private final String firstBlockId;
    private final BiFunction<ViewState, Meta, Map<F, String>> read;
    private final Function<Map<F, String>, Map<String, String>> errors;
    private final Save<F> save;

    private RecordSubmission(IncidentService incidents, IncidentCards cards, AfterAck afterAck, Clock clock,
                             String firstBlockId, BiFunction<ViewState, Meta, Map<F, String>> read,
                             Function<Map<F, String>, Map<String, String>> errors, Save<F> save) {
        this.incidents = incidents;
        this.cards = cards;
        this.afterAck = afterAck;
        this.clock = clock;
        this.firstBlockId = firstBlockId;
        this.read = read;
        this.errors = errors;
        this.save = save;
    }

    static RecordSubmission<EvidenceField> evidence(IncidentService incidents, EvidenceService evidence,
                                                    IncidentCards cards, AfterAck afterAck, Clock clock) {
        return new RecordSubmission<>(incidents, cards, afterAck, clock, EvidenceModal.firstBlockId(),
                EvidenceModal::changed, EvidenceModal::errors, evidence::saveEvidence);
    }

    static RecordSubmission<RollbackField> rollback(IncidentService incidents, EvidenceService evidence,
                                                    IncidentCards cards, AfterAck afterAck, Clock clock) {
        return new RecordSubmission<>(incidents, cards, afterAck, clock, RollbackModal.firstBlockId(),
                RollbackModal::changed, RollbackModal::errors, evidence::saveRollback);
    }

    String firstBlockId() {
        return firstBlockId;
    }

    Response handle(ViewSubmissionRequest request, ViewSubmissionContext context) {
        var payload = request.getPayload();
        Meta meta = Meta.decode(payload.getView().getPrivateMetadata());
        Optional<IncidentId> id = meta.get(EvidenceIds.INCIDENT).flatMap(RecordSubmission::number)
                .map(n -> new IncidentId(payload.getTeam().getId(), n))
                .filter(candidate -> incidents.find(candidate).isPresent());
        if (id.isEmpty()) {
            return context.ackWithErrors(Map.of(firstBlockId,
                    "This form lost track of its incident. Close it and open it again from the card."));
        }
        Map<F, String> changed = read.apply(payload.getView().getState(), meta);
        Map<F, String> problems = FieldRules.problems(changed, clock.instant());
        if (!problems.isEmpty()) {
            return context.ackWithErrors(errors.apply(problems));
        }
        if (!save.save(id.get(), payload.getUser().getId(), changed).isEmpty()) {
            afterAck.run("refreshing the card of " + id.get(), () -> cards.refresh(id.get()));
        }
        return context.ack();
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
