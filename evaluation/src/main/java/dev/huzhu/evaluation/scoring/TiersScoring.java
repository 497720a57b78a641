package dev.huzhu.evaluation.scoring;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.CheckContext;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code tiers}: with {@code atLeast} tiers, the points of the highest tier whose {@code atLeast}
 * ≤ x; with {@code atMost} tiers (lower is better), the points of the tier with the smallest
 * {@code atMost} ≥ x; 0 when no tier admits x. Tiers are listed best first — {@code atLeast} from
 * the highest threshold down, {@code atMost} from the lowest up — all of one scoring say the same
 * word, and each is worth at most the metric's points (the policy validator checks all of it).
 */
@Value.Immutable
public abstract class TiersScoring extends IndividualScoring {
  private static final Field<TiersScoring, ImmutableTiersScoring.Builder, ImmutableList<Tier>> TIERS =
      Field.required("tiers", FieldType.listOf(FieldType.object("a tier", Tier.FORM)),
          TiersScoring::tiers, ImmutableTiersScoring.Builder::tiers);

  /**
   * {@code tiers} in policy files: at least one tier, each with {@code atLeast} or each with
   * {@code atMost}, listed best first, each worth 0 to the metric's points.
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
    // the first tier that states one bound decides the word of the scoring
    Boolean upper = null;
    Tier previous = null;
    for (int t = 0; t < tiers.size(); t++) {
      Tier tier = tiers.get(t);
      CheckContext here = list.index(t);
      if (tier.atLeast().isPresent() == tier.atMost().isPresent()) {
        here.add(PolicyProblemCode.INVALID_TIER_BOUND, "tier " + t + " must state exactly one of "
            + "atLeast and atMost, not " + (tier.atLeast().isPresent() ? "both" : "neither"));
      } else if (upper == null) {
        upper = tier.isUpperBound();
        previous = tier;
      } else if (upper != tier.isUpperBound()) {
        here.field(tier.isUpperBound() ? Tier.AT_MOST : Tier.AT_LEAST).add(
            PolicyProblemCode.MIXED_TIER_BOUNDS, "tier " + t + " says "
            + (tier.isUpperBound() ? "atMost" : "atLeast") + " where the tiers before it say "
            + (upper ? "atMost" : "atLeast") + "; all tiers of a metric use the same word");
      } else {
        BigDecimal before = previous.threshold().orElseThrow();
        BigDecimal now = tier.threshold().orElseThrow();
        if (!upper && now.compareTo(before) >= 0) {
          here.field(Tier.AT_LEAST).add(PolicyProblemCode.TIERS_NOT_DESCENDING, "tier " + t
              + "'s atLeast " + now.toPlainString() + " is not below the previous "
              + before.toPlainString() + "; list tiers from the highest down");
        } else if (upper && now.compareTo(before) <= 0) {
          here.field(Tier.AT_MOST).add(PolicyProblemCode.TIERS_NOT_ASCENDING, "tier " + t
              + "'s atMost " + now.toPlainString() + " is not above the previous "
              + before.toPlainString() + "; list atMost tiers from the lowest up");
        }
        previous = tier;
      }
      if (tier.points().signum() < 0 || tier.points().compareTo(points) > 0) {
        here.field(Tier.POINTS).add(PolicyProblemCode.TIER_OUT_OF_RANGE, "tier " + t
            + " is worth " + tier.points().toPlainString() + ", outside 0 to the metric's "
            + points.toPlainString() + " points");
      }
    }
  }

  /** The points of the tier that admits x with the tightest threshold; 0 when none does. */
  @Override
  public Ratio exact(BigDecimal max, Ratio x) {
    Tier best = null;
    for (Tier t : tiers()) {
      if (t.threshold().isEmpty() || !admits(t, x)) {
        continue;
      }
      BigDecimal threshold = t.threshold().get();
      if (best == null || (t.isUpperBound()
          ? threshold.compareTo(best.threshold().get()) < 0
          : threshold.compareTo(best.threshold().get()) > 0)) {
        best = t;
      }
    }
    return best == null ? Ratio.ZERO : Ratio.of(best.points());
  }

  private static boolean admits(Tier t, Ratio x) {
    Ratio threshold = Ratio.of(t.threshold().orElseThrow());
    return t.isUpperBound() ? x.compareTo(threshold) <= 0 : x.compareTo(threshold) >= 0;
  }
}
