package io.incidentbot.slack.triage;

import java.util.Locale;

/** The triage modals' inputs: block and action ids declared once, for builder and parser. */
enum TriageField {
    IMPACT, CUSTOMER_VISIBLE, REVENUE_RISK, PRIVACY_EXPOSURE, DATA_INCORRECT, AUTOMATION_PAUSABLE,
    LEVEL, OVERRIDE_REASON;

    final String blockId;
    final String actionId;

    TriageField() {
        this.blockId = "triage-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.actionId = blockId + "-input";
    }
}
