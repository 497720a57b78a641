package dev.huzhu.evaluation.scoring;

import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * {@code range(zeroAt, fullAt)}: p × clamp((x − zeroAt) / (fullAt − zeroAt), 0, 1) — no points at
 * {@code zeroAt}, full points at {@code fullAt}, in proportion between. With fullAt &lt; zeroAt lower
 * is better: a 差异系数 scored {@code {zeroAt: 0.5, fullAt: 0.2}} earns full points at 0.2 or below
 * and none at 0.5 or above. zeroAt and fullAt must differ (the policy validator checks).
 */
@Value.Immutable
public abstract class RangeScoring extends IndividualScoring {
  private static final Field<RangeScoring, ImmutableRangeScoring.Builder, BigDecimal> ZERO_AT =
      Field.required("zeroAt", FieldType.decimal(), RangeScoring::zeroAt,
          ImmutableRangeScoring.Builder::zeroAt);
  private static final Field<RangeScoring, ImmutableRangeScoring.Builder, BigDecimal> FULL_AT =
      Field.required("fullAt", FieldType.decimal(), RangeScoring::fullAt,
          ImmutableRangeScoring.Builder::fullAt);

  /** {@code range} in policy files; its zeroAt and fullAt must differ. */
  public static final Kind<RangeScoring> KIND = Kind.of("range", RangeScoring.class,
      Form.of(ImmutableRangeScoring::builder, ImmutableRangeScoring.Builder::build, ZERO_AT,
          FULL_AT))
      .withCheck((s, at) -> {
        if (s.zeroAt().compareTo(s.fullAt()) == 0) {
          at.field(FULL_AT).add(PolicyProblemCode.EMPTY_RANGE, "a range's fullAt "
              + s.fullAt().toPlainString() + " equals its zeroAt " + s.zeroAt().toPlainString()
              + "; they must differ (fullAt below zeroAt when lower is better)");
        }
      });

  /** The value that earns no points. */
  @Value.Parameter
  public abstract BigDecimal zeroAt();

  /** The value that earns full points; below {@link #zeroAt()} when lower is better. */
  @Value.Parameter
  public abstract BigDecimal fullAt();

  public static RangeScoring of(BigDecimal zeroAt, BigDecimal fullAt) {
    return ImmutableRangeScoring.of(zeroAt, fullAt);
  }

  @Override
  public Kind<RangeScoring> kind() {
    return KIND;
  }

  /** Whether a lower value earns more (fullAt &lt; zeroAt). */
  public boolean isLowerBetter() {
    return fullAt().compareTo(zeroAt()) < 0;
  }

  @Override
  public Ratio exact(BigDecimal max, Ratio x) {
    Ratio share = x.subtract(Ratio.of(zeroAt())).divide(Ratio.of(fullAt().subtract(zeroAt())));
    return Ratio.of(max).multiply(share.max(Ratio.ZERO).min(Ratio.ONE));
  }
}
