package io.incidentbot.evidence;

/** One field of a record kept per incident (the evidence, the rollback record). */
public interface FormField {
    /** Stable kebab-case id: used in config, storage and Slack block ids. */
    String id();

    /** How people call it inside a sentence: "PHP version", "reproduction steps". */
    String noun();

    FieldKind kind();

    /** As a form label: "PHP version", "Reproduction steps". */
    default String label() {
        String noun = noun();
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
