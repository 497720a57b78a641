package dev.huzhu.evaluation.policy;

import java.math.RoundingMode;

/** How a band's quota (a fraction of the subjects) becomes a number of seats. */
public enum QuotaRounding {
  /** Round down: 30% of 7 subjects is 2 seats. The default. */
  FLOOR(RoundingMode.FLOOR),
  /** Round half up: 30% of 5 is 1.5, so 2 seats. */
  HALF_UP(RoundingMode.HALF_UP),
  /** Round up: 30% of 7 is 3 seats. */
  CEILING(RoundingMode.CEILING);

  private final RoundingMode mode;

  QuotaRounding(RoundingMode mode) {
    this.mode = mode;
  }

  public RoundingMode mode() {
    return mode;
  }
}
