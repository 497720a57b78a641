package dev.huzhu.evaluation.scoring;

import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a {@code tiers} scoring: x at least {@code atLeast} earns {@code points}, or — when
 * lower is better — x at most {@code atMost} does. A tier states exactly one of the two, and all
 * tiers of one scoring state the same one (the policy validator checks both). Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Tier {
  static final Field<Tier, ImmutableTier.Builder, BigDecimal> AT_LEAST = Field.optional("atLeast",
      FieldType.decimal(), Tier::atLeast, ImmutableTier.Builder::atLeast);
  static final Field<Tier, ImmutableTier.Builder, BigDecimal> AT_MOST = Field.optional("atMost",
      FieldType.decimal(), Tier::atMost, ImmutableTier.Builder::atMost);
  static final Field<Tier, ImmutableTier.Builder, BigDecimal> POINTS = Field.required("points",
      FieldType.decimal(), Tier::points, ImmutableTier.Builder::points);
  /** A tier in policy files: {@code {atLeast: 4, points: 15}} or {@code {atMost: 0.2, points: 30}}. */
  static final Form<Tier, ImmutableTier.Builder> FORM =
      Form.of(ImmutableTier::builder, ImmutableTier.Builder::build, AT_LEAST, AT_MOST, POINTS);

  /** The least x that earns this tier; absent on a tier that says {@link #atMost()}. */
  public abstract Optional<BigDecimal> atLeast();

  /** The greatest x that earns this tier; absent on a tier that says {@link #atLeast()}. */
  public abstract Optional<BigDecimal> atMost();

  public abstract BigDecimal points();

  /** x ≥ {@code atLeast} earns {@code points}. */
  public static Tier of(BigDecimal atLeast, BigDecimal points) {
    return ImmutableTier.builder().atLeast(atLeast).points(points).build();
  }

  /** x ≤ {@code atMost} earns {@code points} (lower is better). */
  public static Tier atMost(BigDecimal atMost, BigDecimal points) {
    return ImmutableTier.builder().atMost(atMost).points(points).build();
  }

  /** Whether this tier says {@code atMost} (lower is better). */
  public boolean isUpperBound() {
    return atMost().isPresent();
  }

  /** The threshold it states, {@code atLeast} or {@code atMost}; empty only on an invalid tier. */
  public Optional<BigDecimal> threshold() {
    return atLeast().or(this::atMost);
  }

  /** Whether x earns this tier. */
  public boolean admits(BigDecimal x) {
    return atLeast().map(t -> t.compareTo(x) <= 0)
        .orElseGet(() -> atMost().map(t -> x.compareTo(t) <= 0).orElse(false));
  }
}
