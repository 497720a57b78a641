package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code perMember(m)}: another log measure divided by the subject's member count, e.g. lessons
 * taught per member of a group (讲课节数). Exact until one rounding to 4 places; missing when the
 * inner measure is missing or the subject has no members.
 */
@Value.Immutable
public abstract sealed class PerMemberMeasure implements LogMeasure
    permits ImmutablePerMemberMeasure {
  private static final Field<PerMemberMeasure, ImmutablePerMemberMeasure.Builder, LogMeasure> MEASURE =
      Field.required("of", FieldType.kindOf(LogMeasure.class,
          "perMember divides a measure of the activity log (count, sum, …)"),
          PerMemberMeasure::measure, ImmutablePerMemberMeasure.Builder::measure);

  /** {@code perMember} in policy files; it does not divide a perMember again. */
  public static final Kind<PerMemberMeasure> KIND = Kind.of("perMember", PerMemberMeasure.class,
      Form.of(ImmutablePerMemberMeasure::builder, ImmutablePerMemberMeasure.Builder::build, MEASURE))
      .withCheck((m, at) -> {
        if (m.measure() instanceof PerMemberMeasure) {
          at.field(MEASURE).add(PolicyProblemCode.MEASURE_NOT_APPLICABLE,
              "perMember of perMember divides twice");
        }
      });

  /** The measure divided. */
  @Value.Parameter
  public abstract LogMeasure measure();

  public static PerMemberMeasure of(LogMeasure measure) {
    return ImmutablePerMemberMeasure.of(measure);
  }

  @Override
  public Kind<PerMemberMeasure> kind() {
    return KIND;
  }

  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return measure().appliesTo();
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new Divided(measure().newAccumulator(context), context.subject().members().size());
  }

  @Override
  public RawValue toRaw(Accumulator accumulator) {
    return RawValue.from(accumulator, true);
  }

  private static final class Divided implements Accumulator {
    private final Accumulator inner;
    private final int members;

    Divided(Accumulator inner, int members) {
      this.inner = inner;
      this.members = members;
    }

    @Override
    public void accept(Activity a) {
      inner.accept(a);
    }

    @Override
    public void merge(Accumulator other) {
      inner.merge(((Divided) other).inner);
    }

    @Override
    public Optional<Ratio> exact() {
      return members == 0 ? Optional.empty()
          : inner.exact().map(x -> x.divide(Ratio.of(BigDecimal.valueOf(members))));
    }

    @Override
    public Evidence evidence() {
      return inner.evidence();
    }
  }
}
