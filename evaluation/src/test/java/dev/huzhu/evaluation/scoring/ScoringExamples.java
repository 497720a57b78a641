package dev.huzhu.evaluation.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shorthand for the worked examples of the scorings: raw values written as text ({@code "-"} for
 * a missing one), and points as {@code BigDecimal}s of scale 2. The tests compare lists of
 * {@code BigDecimal} with {@code equals}, which checks the scale as well as the value, so
 * {@code "7.50"} asserts both 7.5 and two decimal places.
 */
final class ScoringExamples {
  private ScoringExamples() {}

  /** Raw values; {@code "-"} is a missing value. */
  static List<Optional<BigDecimal>> xs(String... values) {
    List<Optional<BigDecimal>> out = new ArrayList<>();
    for (String v : values) {
      out.add(v.equals("-") ? Optional.empty() : Optional.of(new BigDecimal(v)));
    }
    return out;
  }

  /** Points, each with exactly the scale written (always 2 places in these tests). */
  static List<BigDecimal> points(String... values) {
    List<BigDecimal> out = new ArrayList<>();
    for (String v : values) {
      out.add(new BigDecimal(v));
    }
    return out;
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
