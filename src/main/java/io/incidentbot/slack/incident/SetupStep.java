package io.incidentbot.slack.incident;

import io.incidentbot.incident.Incident;

/**
 * What a feature does once an incident's card is up (post its checklist, ...). Runs after the ack,
 * in the order added; one failing step does not stop the others. Also runs when a set-up cut off
 * by a restart is finished, so a step must be safe to repeat.
 */
@FunctionalInterface
public interface SetupStep {
    void run(Incident incident);
}
