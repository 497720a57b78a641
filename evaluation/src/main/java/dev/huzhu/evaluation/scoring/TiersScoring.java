package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.CheckContext;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Decimals;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code tiers}: the points of the highest tier whose {@code atLeast} ≤ x; 0 below every tier. Tiers
 * are listed from the highest threshold down, each worth at most the metric's points (the policy
 * validator checks both).
 */
@Value.Immutable
public abstract class TiersScoring extends IndividualScoring {
  private static final Field<TiersScoring, ImmutableTiersScoring.Builder, ImmutableList<Tier>> TIERS =
      Field.required("tiers", FieldType.listOf(FieldType.object("a tier", Tier.FORM)),
          TiersScoring::tiers, ImmutableTiersScoring.Builder::tiers);

  /**
   * {@code tiers} in policy files: at least one tier, listed from the highest threshold down,
   * each worth 0 to the metric's points.
   */
  public static final Kind<TiersScoring> KIND = Kind.of("tiers", TiersScoring.class,
      Form.of(ImmutableTiersScoring::builder, ImmutableTiersScoring.Builder::build, TIERS))
      .withCheck(TiersScoring::check);

  @Value.Parameter
  public abstract ImmutableList<Tier> tiers();

  public static TiersScoring of(Iterable<? extends Tier> tiers) {
    return ImmutableTiersScoring.of(tiers);
  }

  @Override
  public Kind<TiersScoring> kind() {
    return KIND;
  }

  private static void check(TiersScoring scoring, CheckContext at) {
    List<Tier> tiers = scoring.tiers();
    CheckContext list = at.field(TIERS);
    if (tiers.isEmpty()) {
      list.add(PolicyProblemCode.EMPTY_TIERS, "a tiers scoring needs at least one tier");
      return;
    }
    BigDecimal points = at.metricPoints().orElseThrow(
        () -> new IllegalArgumentException("tiers are checked against their metric's points"));
    for (int t = 0; t < tiers.size(); t++) {
      Tier tier = tiers.get(t);
      if (t > 0 && tier.atLeast().compareTo(tiers.get(t - 1).atLeast()) >= 0) {
        list.index(t).field(Tier.AT_LEAST).add(PolicyProblemCode.TIERS_NOT_DESCENDING, "tier " + t
            + "'s atLeast " + tier.atLeast().toPlainString() + " is not below the previous "
            + tiers.get(t - 1).atLeast().toPlainString() + "; list tiers from the highest down");
      }
      if (tier.points().signum() < 0 || tier.points().compareTo(points) > 0) {
        list.index(t).field(Tier.POINTS).add(PolicyProblemCode.TIER_OUT_OF_RANGE, "tier " + t
            + " is worth " + tier.points().toPlainString() + ", outside 0 to the metric's "
            + points.toPlainString() + " points");
      }
    }
  }

  @Override
  public BigDecimal score(BigDecimal max, BigDecimal x) {
    BigDecimal best = null;
    BigDecimal points = BigDecimal.ZERO;
    for (Tier t : tiers()) {
      if (t.atLeast().compareTo(x) <= 0 && (best == null || t.atLeast().compareTo(best) > 0)) {
        best = t.atLeast();
        points = t.points();
      }
    }
    return Decimals.points(points);
  }
}
