package io.incidentbot.redaction;

/**
 * One family of detectors. Implementations are stateless and thread-safe, and must run in time
 * linear in the text: every scan is anchored on cheap prefilters (a character, a literal prefix, a
 * lower-cased keyword) and every look-around is bounded by a constant.
 */
interface Detector {

  /** Reports candidate spans into {@code scan}; overlaps are resolved later by the redactor. */
  void detect(Scan scan);
}
