package dev.huzhu.core.score;

/** When a test was sat: at the start of the period or at its end. */
public enum Phase {
  /** The baseline (前测). */
  BASELINE,
  /** The final (后测). */
  FINAL
}
