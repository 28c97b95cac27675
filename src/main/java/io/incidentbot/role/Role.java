package io.incidentbot.role;

/** A role people can hold on an incident, with what its holder is expected to do. */
public record Role(String id, String label, String instructions) {
}
