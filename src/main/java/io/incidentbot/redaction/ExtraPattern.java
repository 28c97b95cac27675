package io.incidentbot.redaction;

/**
 * A user-supplied pattern from {@code redaction.extra_patterns}: every match of {@code regex} is
 * redacted as {@code kind}. Patterns are run line by line under a step budget (see {@link Redactor}).
 *
 * @param kind  snake_case kind name used in placeholders, e.g. {@code order_token}
 * @param regex a {@link java.util.regex.Pattern java.util.regex} expression
 */
public record ExtraPattern(String kind, String regex) {}
