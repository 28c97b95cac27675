package io.incidentbot.severity;

import java.util.Locale;
import java.util.Optional;

/** How much of production is affected: the first question of the severity model. */
public enum ProductionImpact {
    NONE, DEGRADED, OUTAGE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductionImpact> fromKey(String key) {
        for (ProductionImpact impact : values()) {
            if (impact.key().equals(key)) {
                return Optional.of(impact);
            }
        }
        return Optional.empty();
    }
}
