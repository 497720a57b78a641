package dev.huzhu.evaluation.measure;

import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.math.Ratio;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code backboneShare(kinds)}, for a community or a school (骨干比例): among its exchanged
 * teachers, the share who are backbone (骨干) or famous (名师) teachers (guidance: at least 20% of
 * those exchanged). Rounded once to 4 places; missing with none exchanged. The evidence is the
 * exchanges counted.
 */
@Value.Immutable
public abstract class BackboneShareMeasure extends StaffMeasure {
  /** {@code backboneShare} in policy files. */
  public static final Kind<BackboneShareMeasure> KIND = StaffMeasure.kind("backboneShare",
      BackboneShareMeasure.class, BackboneShareMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code backboneShare} measure. */
  public static final class Builder extends ImmutableBackboneShareMeasure.Builder
      implements StaffMeasure.Builder {}

  @Override
  public Kind<BackboneShareMeasure> kind() {
    return KIND;
  }

  @Override
  public RawValue evaluate(MeasureContext context) {
    Map<String, String> exchanged = exchanged(context);
    Evidence evidence = evidence(exchanged.values());
    if (exchanged.isEmpty()) {
      return RawValue.missing(evidence);
    }
    long backbone = exchanged.keySet().stream()
        .filter(context.subject().backboneTeachers()::contains).count();
    return RawValue.derived(Ratio.of(backbone).divide(Ratio.of(exchanged.size())),
        evidence);
  }
}
