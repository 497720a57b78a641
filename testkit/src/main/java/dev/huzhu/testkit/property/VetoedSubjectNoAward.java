package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A vetoed subject (一票否决) receives no award, neither itself nor any of its people, and gets
 * the last band (docs/assessment.md#vetoes).
 *
 * <p>So that the property is not true merely because no subject happens to be vetoed, a veto
 * whose measure is a count or a sum (or either per member) is also triggered on purpose: enough
 * matching activities are added to the first subject of the report — the likeliest winner — for
 * its value to reach {@code atLeast}, and that subject must then be vetoed and win nothing.
 */
final class VetoedSubjectNoAward implements PolicyProperty {
  @Override
  public String name() {
    return "vetoed-subject-no-award";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public String description() {
    return "a vetoed subject receives no award, nor do its people, and gets the last band; a"
        + " count- or sum-based veto is also triggered on the report's first subject to see it";
  }

  @Override
  public PropertyOutcome check(Policy policy, Dataset dataset) {
    if (policy.vetoes().isEmpty()) {
      return PropertyOutcome.notApplicable("the policy has no veto");
    }
    Assessment assessment = Assessment.of(policy);
    Report report = assessment.run(dataset);
    Optional<String> violation = check(policy, report);
    if (violation.isPresent()) {
      return PropertyOutcome.violated(violation.get());
    }
    boolean seen = report.subjects().stream().anyMatch(SubjectResult::vetoed);
    for (Veto veto : policy.vetoes()) {
      Optional<FilteredLogMeasure> measure = Probes.countOrSum(veto.measure());
      if (measure.isEmpty() || Probes.unsatisfiable(measure.get()).isPresent()) {
        continue;
      }
      for (SubjectResult first : report.subjects()) {
        Optional<LocalDate> date = Probes.date(dataset, policy.period(), first);
        if (date.isEmpty()) {
          continue;
        }
        Optional<List<Activity>> probes = triggering(dataset, veto, measure.get(), first, date.get());
        if (probes.isEmpty()) {
          break;
        }
        Report after = assessment.run(Dataset.builder().copyFrom(dataset)
            .addAllActivities(probes.get()).build());
        SubjectResult struck = after.subject(first.id()).orElseThrow();
        seen = true;
        String added = probes.get().isEmpty() ? "already at its veto " + veto.id()
            : "after adding " + probes.get().size() + " activities like "
                + MatchingActivityNeverLowers.describe(probes.get().get(0), measure.get())
                + " to trigger veto " + veto.id();
        if (!struck.vetoed()) {
          VetoResult v = struck.vetoes().stream().filter(r -> r.id().equals(veto.id())).findFirst()
              .orElseThrow();
          return PropertyOutcome.violated("subject " + first.id() + " is not vetoed " + added
              + " (x = " + MatchingActivityNeverLowers.show(v.value()) + ", atLeast "
              + veto.atLeast().toPlainString() + ")");
        }
        violation = check(policy, after);
        if (violation.isPresent()) {
          return PropertyOutcome.violated(added + " to subject " + first.id() + ": "
              + violation.get());
        }
        break;
      }
    }
    return seen ? PropertyOutcome.holds() : PropertyOutcome.notApplicable("no subject is vetoed,"
        + " and no veto is a count or sum that activities added to a subject could trigger");
  }

  /** Whether every vetoed subject of the report is in no award and has the last band. */
  static Optional<String> check(Policy policy, Report report) {
    Optional<Band> last = policy.grading().map(g -> g.bands().get(g.bands().size() - 1));
    for (SubjectResult s : report.subjects()) {
      if (!s.vetoed()) {
        continue;
      }
      for (AwardResult award : report.awards()) {
        if (award.subjects().contains(s.id())) {
          return Optional.of("vetoed subject " + s.id() + " is among award " + award.id()
              + "'s subjects " + award.subjects());
        }
        for (AwardedPerson p : award.people()) {
          if (p.subject().equals(s.id())) {
            return Optional.of("award " + award.id() + " names " + p.person() + " from vetoed subject "
                + s.id());
          }
        }
      }
      if (last.isPresent() && !s.band().equals(Optional.of(last.get().id()))) {
        return Optional.of("vetoed subject " + s.id() + " has grade " + s.band().orElse("none")
            + ", not the last band " + last.get().id());
      }
    }
    return Optional.empty();
  }

  /**
   * The activities to add for the subject's value to reach the veto's {@code atLeast}: none when
   * it already does; empty when more than {@link Probes#MAX_PROBES} would be needed.
   */
  private static Optional<List<Activity>> triggering(Dataset dataset, Veto veto,
      FilteredLogMeasure measure, SubjectResult subject, LocalDate date) {
    VetoResult result = subject.vetoes().stream().filter(v -> v.id().equals(veto.id())).findFirst()
        .orElseThrow();
    BigDecimal x = result.value().orElse(BigDecimal.ZERO);
    if (result.triggered()) {
      return Optional.of(List.of());
    }
    // per member, the inner measure must rise by the shortfall times the members (rounded up);
    // the rounding of x to 4 places is covered by adding one more than needed
    BigDecimal members = BigDecimal.valueOf(Math.max(1, subject.members().size()));
    BigDecimal shortfall = veto.atLeast().subtract(x);
    if (veto.measure() instanceof PerMemberMeasure) {
      shortfall = shortfall.multiply(members).add(BigDecimal.ONE);
    }
    Optional<Quantity> quantity = Probes.quantity(measure);
    BigDecimal each = BigDecimal.ONE;
    long count;
    if (quantity.isEmpty()) {
      count = shortfall.setScale(0, RoundingMode.CEILING).longValueExact();
    } else {
      BigDecimal whole = quantity.get().isWhole()
          ? shortfall.setScale(0, RoundingMode.CEILING) : shortfall;
      each = quantity.get().maximum().map(whole::min).orElse(whole).max(BigDecimal.ONE);
      count = shortfall.divide(each, 0, RoundingMode.CEILING).longValueExact();
    }
    count = Math.max(1, count);
    if (count > Probes.MAX_PROBES) {
      return Optional.empty();
    }
    return Optional.of(Probes.matching(dataset, subject, measure, date, each, (int) count));
  }
}
