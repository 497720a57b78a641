package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code exchangeShare(kinds)}, for a community or a school (交流比例): its exchanged teachers
 * divided by its teachers (national guidance: at least 10% of eligible teachers a year). Rounded
 * once to 4 places; missing with no teacher. The evidence is the exchanges counted.
 */
@Value.Immutable
public abstract class ExchangeShareMeasure extends StaffMeasure {
  /** {@code exchangeShare} in policy files. */
  public static final Kind<ExchangeShareMeasure> KIND = StaffMeasure.kind("exchangeShare",
      ExchangeShareMeasure.class, ExchangeShareMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of an {@code exchangeShare} measure. */
  public static final class Builder extends ImmutableExchangeShareMeasure.Builder
      implements StaffMeasure.Builder {}

  @Override
  public Kind<ExchangeShareMeasure> kind() {
    return KIND;
  }

  @Override
  public RawValue evaluate(MeasureContext context) {
    Map<String, String> exchanged = exchanged(context);
    Evidence evidence = evidence(exchanged.values());
    int teachers = context.subject().teachers().size();
    return teachers == 0 ? RawValue.missing(evidence)
        : RawValue.derived(Ratio.of(exchanged.size()).divide(Ratio.of(teachers)), evidence);
  }
}
