package dev.huzhu.core.pairing;

import java.util.Optional;

/** How many county-unit branches help one village branch: 一对一, 二对一 or 三对一. */
public enum PairingMode {
  /** 一对一. */
  ONE_TO_ONE,
  /** 二对一. */
  TWO_TO_ONE,
  /** 三对一. */
  THREE_TO_ONE;

  /** The mode for that many unit branches; empty unless 1 to 3. */
  public static Optional<PairingMode> ofUnitCount(int units) {
    return units >= 1 && units <= 3 ? Optional.of(values()[units - 1]) : Optional.empty();
  }

  /** How many unit branches the mode stands for. */
  public int unitCount() {
    return ordinal() + 1;
  }
}
