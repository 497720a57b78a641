package dev.huzhu.evaluation.scoring;

import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** One step of a {@code tiers} scoring: x at least {@code atLeast} earns {@code points}. */
@Value.Immutable
public abstract class Tier {
  static final Field<Tier, ImmutableTier.Builder, BigDecimal> AT_LEAST = Field.required("atLeast",
      FieldType.decimal(), Tier::atLeast, ImmutableTier.Builder::atLeast);
  static final Field<Tier, ImmutableTier.Builder, BigDecimal> POINTS = Field.required("points",
      FieldType.decimal(), Tier::points, ImmutableTier.Builder::points);
  /** A tier in policy files: {@code {atLeast: 4, points: 15}}. */
  static final Form<Tier, ImmutableTier.Builder> FORM =
      Form.of(ImmutableTier::builder, ImmutableTier.Builder::build, AT_LEAST, POINTS);

  @Value.Parameter
  public abstract BigDecimal atLeast();

  @Value.Parameter
  public abstract BigDecimal points();

  public static Tier of(BigDecimal atLeast, BigDecimal points) {
    return ImmutableTier.of(atLeast, points);
  }
}
