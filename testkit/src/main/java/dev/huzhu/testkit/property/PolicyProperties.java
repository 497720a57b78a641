package dev.huzhu.testkit.property;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.Policy;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The standard properties any sane policy must pass (README.md#testing-policies), and a way to write one's own.
 * Each standard property is described on its factory; {@link #standard()} lists them all.
 */
public final class PolicyProperties {
  private PolicyProperties() {}

  /**
   * {@code totals-within-bounds}: every total is within 0 and the sections' points plus every
   * bonus's cap — with no upper bound when a bonus has no cap, since nothing then limits the total
   * — and every section and metric within 0 and its points.
   */
  public static PolicyProperty totalsWithinBounds() {
    return new TotalsWithinBounds();
  }

  /**
   * {@code order-does-not-matter}: shuffling (with a fixed seed) or reversing every list of the
   * dataset — schools, people, teams, activities, score records, and the lists inside them, such
   * as a team's members — gives an equal report; a failure names the first figure that differs.
   */
  public static PolicyProperty orderDoesNotMatter() {
    return new OrderDoesNotMatter();
  }

  /**
   * {@code matching-activity-never-lowers}: for each {@code count}, {@code sum} or
   * {@code perMember} of either, and for up to five subjects with values spread from the lowest
   * to the highest, one more activity that the measure matches (credited to that subject alone,
   * led by one of its members, dated on the first day of the period that the subject can have an
   * activity on, carrying a quantity of 1 for a sum) never lowers the subject's value or points;
   * for a sum scored with tiers, neither does adding the quantity that brings the value exactly to
   * each threshold above it. Not applicable to a policy without such a metric.
   */
  public static PolicyProperty matchingActivityNeverLowers() {
    return new MatchingActivityNeverLowers();
  }

  /**
   * {@code higher-final-never-lowers}: for each {@code improvement} or {@code improvementRate}
   * metric, and for up to five subjects with a value, raising one of the subject's final results
   * to the top (the mean to the full mark; the pass or excellent rate to 1 when the measure reads
   * it) never lowers the value or its points. Not applicable to a policy without such a metric.
   */
  public static PolicyProperty higherFinalNeverLowers() {
    return new HigherFinalNeverLowers();
  }

  /**
   * {@code vetoed-subject-no-award}: a vetoed subject (一票否决) is in no award, none of its people
   * is named, and it gets the last band; a veto on a count or sum is also triggered on the
   * report's first subject to see it happen. Not applicable to a policy without a veto.
   */
  public static PolicyProperty vetoedSubjectNoAward() {
    return new VetoedSubjectNoAward();
  }

  /**
   * {@code figures-re-add}: each section is the sum of its metrics, each adjustment
   * {@code min(pointsEach × x, cap)} and never negative, each total
   * {@code max(0, sections + bonuses − deductions)}; subjects are listed by total, then sections
   * in declared order, then id, numbered 1 to n, with the competition rank on the total; every
   * member of every subject is on the personal list once, with one source per subject they belong
   * to, and no one else is; each person's points are the maximum (or sum) of their sources, each
   * source the subject's total times the role's coefficient rounded half-up to 2 places; an award
   * names only subjects of the report. It does not recompute a metric's points from its scoring,
   * nor the bands and their quotas: the evaluation module's own tests pin those.
   */
  public static PolicyProperty figuresReAdd() {
    return new FiguresReAdd();
  }

  /**
   * {@code member-final-never-widens-gap}: for each final {@code gap} or {@code gapChange} metric,
   * and for up to five communities with a value, raising one of a member school's final results to
   * the top never widens the final gap nor lowers the gap change. Not applicable to a policy
   * without such a metric.
   */
  public static PolicyProperty memberFinalNeverWidensGap() {
    return new MemberFinalNeverWidensGap();
  }

  /**
   * {@code equal-schools-no-dispersion}: for each {@code dispersion} metric, giving every school's
   * records the same value (the one the metric reads) makes every community's dispersion 0. Not
   * applicable to a policy without such a metric.
   */
  public static PolicyProperty equalSchoolsHaveNoDispersion() {
    return new EqualSchoolsHaveNoDispersion();
  }

  /**
   * The eight standard properties, in this order: bounds, order, activities, finals, vetoes,
   * figures, gap, dispersion.
   */
  public static ImmutableList<PolicyProperty> standard() {
    return ImmutableList.of(totalsWithinBounds(), orderDoesNotMatter(),
        matchingActivityNeverLowers(), higherFinalNeverLowers(), vetoedSubjectNoAward(),
        figuresReAdd(), memberFinalNeverWidensGap(), equalSchoolsHaveNoDispersion());
  }

  /**
   * The name of the factory above that made a standard property, e.g. {@code figuresReAdd}; empty
   * for a property of one's own, whatever its name.
   */
  static Optional<String> factory(PolicyProperty property) {
    // by class, not by name: a property of one's own may well be called figures-re-add
    if (property instanceof TotalsWithinBounds) {
      return Optional.of("totalsWithinBounds");
    } else if (property instanceof OrderDoesNotMatter) {
      return Optional.of("orderDoesNotMatter");
    } else if (property instanceof MatchingActivityNeverLowers) {
      return Optional.of("matchingActivityNeverLowers");
    } else if (property instanceof HigherFinalNeverLowers) {
      return Optional.of("higherFinalNeverLowers");
    } else if (property instanceof VetoedSubjectNoAward) {
      return Optional.of("vetoedSubjectNoAward");
    } else if (property instanceof FiguresReAdd) {
      return Optional.of("figuresReAdd");
    } else if (property instanceof MemberFinalNeverWidensGap) {
      return Optional.of("memberFinalNeverWidensGap");
    } else if (property instanceof EqualSchoolsHaveNoDispersion) {
      return Optional.of("equalSchoolsHaveNoDispersion");
    }
    return Optional.empty();
  }

  /**
   * A property of one's own, e.g. "no subject has three or more thematic activities"; the check
   * must be deterministic (see {@link PolicyProperty}).
   */
  public static PolicyProperty of(String name, String description,
      BiFunction<Policy, Dataset, PropertyOutcome> check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(check, "check");
    return new PolicyProperty() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public PropertyOutcome check(Policy policy, Dataset dataset) {
        return check.apply(policy, dataset);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
