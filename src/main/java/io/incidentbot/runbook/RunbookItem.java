package io.incidentbot.runbook;

import java.util.Optional;

/**
 * One line of a runbook. {@code id} is stable: ticks are stored against it. {@code section} is the
 * heading it sits under ("" when the runbook has none); {@code role} the role id expected to do it.
 */
public record RunbookItem(String id, String section, String text, Optional<String> role, boolean required) {
}
