/**
 * The redaction engine: removes provider keys, credentials, payment data and private customer
 * details from support evidence before it is published. Plain Java (java.* only).
 *
 * <p>Entry points: {@link io.incidentbot.redaction.Redactor} ({@code withDefaults()},
 * {@code redact(text)}, {@code kinds()}), configured by
 * {@link io.incidentbot.redaction.RedactionRules} (disabled kinds, allowlist, extra patterns).
 *
 * <p>Design: one pass over the text builds the shared indexes ({@code Scan}: a lower-cased copy,
 * where words, numbers and lines start, and every keyword hit from one Aho–Corasick automaton);
 * then small detectors, one per family, look only at those anchors with bounded look-around.
 * Overlapping claims merge into one finding named by the longest (then most specific) claim;
 * findings become typed placeholders numbered per kind and value.
 */
package io.incidentbot.redaction;
