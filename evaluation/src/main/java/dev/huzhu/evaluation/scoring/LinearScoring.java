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
 * {@code linear(target)}: p × clamp(x, 0, target) / target — full points at the target (e.g. 12
 * materials shared), none at 0 or below. The target must be positive (the policy validator checks).
 */
@Value.Immutable
public abstract class LinearScoring extends IndividualScoring {
  private static final Field<LinearScoring, ImmutableLinearScoring.Builder, BigDecimal> TARGET =
      Field.required("target", FieldType.decimal(), LinearScoring::target,
          ImmutableLinearScoring.Builder::target);

  /** {@code linear} in policy files; its target must be positive. */
  public static final Kind<LinearScoring> KIND = Kind.of("linear", LinearScoring.class,
      Form.of(ImmutableLinearScoring::builder, ImmutableLinearScoring.Builder::build, TARGET))
      .withCheck((s, at) -> {
        if (s.target().signum() <= 0) {
          at.field(TARGET).add(PolicyProblemCode.NON_POSITIVE_TARGET,
              "a linear target must be positive, not " + s.target().toPlainString());
        }
      });

  @Value.Parameter
  public abstract BigDecimal target();

  public static LinearScoring of(BigDecimal target) {
    return ImmutableLinearScoring.of(target);
  }

  @Override
  public Kind<LinearScoring> kind() {
    return KIND;
  }

  @Override
  public Ratio exact(BigDecimal max, Ratio x) {
    Ratio clamped = x.signum() < 0 ? Ratio.ZERO : x.min(Ratio.of(target()));
    return Ratio.of(max).multiply(clamped).divide(Ratio.of(target()));
  }
}
