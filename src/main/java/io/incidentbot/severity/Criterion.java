package io.incidentbot.severity;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** A named condition over {@link TriageAnswers} that triage rules are written with. */
public enum Criterion {
    PRODUCTION_OUTAGE("production is down", a -> a.productionImpact() == ProductionImpact.OUTAGE),
    PRODUCTION_IMPACT("production is affected", a -> a.productionImpact() != ProductionImpact.NONE),
    CUSTOMER_VISIBLE("visible to customers", TriageAnswers::customerVisible),
    REVENUE_RISK("checkout or revenue at risk", TriageAnswers::revenueRisk),
    PRIVACY_EXPOSURE("private data may be exposed", TriageAnswers::privacyExposure),
    DATA_INCORRECT("data is being written incorrectly", TriageAnswers::dataIncorrect),
    AUTOMATION_UNPAUSABLE("the automation cannot be paused", a -> !a.automationPausable());

    private final String description;
    private final Predicate<TriageAnswers> test;

    Criterion(String description, Predicate<TriageAnswers> test) {
        this.description = description;
        this.test = test;
    }

    /** How config names it: {@code revenue_risk}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public boolean holds(TriageAnswers answers) {
        return test.test(answers);
    }

    public static Optional<Criterion> fromKey(String key) {
        for (Criterion c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
