package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * {@code professionalMatch}, for a party pairing: 1 when it is a professional match (专业对口:
 * 党群→软村, 政法→乱村, 经济→穷村, 涉农→专业村), else 0 — for a bonus such as
 * {@code {type: bonus, measure: {type: professionalMatch}, pointsEach: 5}}. Exact; never missing.
 */
@Value.Immutable(singleton = true)
public abstract sealed class ProfessionalMatchMeasure implements SubjectMeasure
    permits ImmutableProfessionalMatchMeasure {
  /** {@code professionalMatch} in policy files: it has no fields. */
  public static final Kind<ProfessionalMatchMeasure> KIND = Kind.of("professionalMatch",
      ProfessionalMatchMeasure.class, Form.empty(ProfessionalMatchMeasure::of));

  public static ProfessionalMatchMeasure of() {
    return ImmutableProfessionalMatchMeasure.of();
  }

  @Override
  public Kind<ProfessionalMatchMeasure> kind() {
    return KIND;
  }

  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.PARTY_PAIRING);
  }

  @Override
  public RawValue evaluate(MeasureContext context) {
    return RawValue.of(context.subject().professionalMatch() ? BigDecimal.ONE : BigDecimal.ZERO, Evidence.none());
  }
}
