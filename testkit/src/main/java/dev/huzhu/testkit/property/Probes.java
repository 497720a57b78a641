package dev.huzhu.testkit.property;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.validation.DatasetValidator;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.FilteredLogMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.PerMemberMeasure;
import dev.huzhu.evaluation.measure.SumMeasure;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds activities that a count or sum measure matches ("probes"), credited to one subject, led
 * by one of its members, dated in the policy's period and in the subject's own span, and valid
 * for the dataset they are added to.
 */
final class Probes {
  /** More probes than this for one change of x would make a check slow; the change is skipped. */
  static final int MAX_PROBES = 1000;

  private Probes() {}

  /**
   * The count or sum measure a metric's measure counts on: itself, or what a {@code perMember}
   * divides; empty for every other measure (a mean, a distinct count, a score measure).
   */
  static Optional<FilteredLogMeasure> countOrSum(Measure measure) {
    Measure inner = measure instanceof PerMemberMeasure perMember ? perMember.measure() : measure;
    return inner instanceof CountMeasure || inner instanceof SumMeasure
        ? Optional.of((FilteredLogMeasure) inner) : Optional.empty();
  }

  /** The quantity a sum adds up; empty for a count. */
  static Optional<Quantity> quantity(FilteredLogMeasure measure) {
    return measure instanceof SumMeasure sum ? Optional.of(sum.quantity()) : Optional.empty();
  }

  /**
   * The kind of a probe: the first of the measure's kinds in declaration order; a sent lesson
   * when the measure asks for a direction (only a sent lesson has one); when the measure takes
   * every kind, one that the seed gives to such a subject. Empty when no kind can match.
   */
  static Optional<ActivityKind> kind(FilteredLogMeasure measure, SubjectKind subject) {
    if (measure.direction().isPresent()) {
      return measure.kinds().isEmpty() || measure.kinds().contains(ActivityKind.SENT_LESSON)
          ? Optional.of(ActivityKind.SENT_LESSON) : Optional.empty();
    }
    if (!measure.kinds().isEmpty()) {
      return measure.kinds().stream().min(Comparator.naturalOrder());
    }
    return Optional.of(switch (subject) {
      case PARTY_PAIRING -> ActivityKind.JOINT_ACTIVITY;
      case EXCHANGE -> ActivityKind.DEMONSTRATION_LESSON;
      default -> ActivityKind.TEACHING_RESEARCH;
    });
  }

  /**
   * Why no activity can ever match the measure (a direction with kinds that exclude a sent
   * lesson, a grade outside 1–9, a tag that is not text), or empty when one can.
   */
  static Optional<String> unsatisfiable(FilteredLogMeasure measure) {
    if (kind(measure, SubjectKind.TEAM).isEmpty()) {
      return Optional.of("its filters ask for a direction, which only a SENT_LESSON has, but its"
          + " kinds " + measure.kinds() + " exclude it");
    }
    try {
      builder(measure, SubjectKind.TEAM, "probe", LocalDate.of(2000, 1, 1), "someone").build();
      return Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.of("no activity can carry its filters: " + e.getMessage());
    }
  }

  /**
   * The first day that is in the period and in the subject's span — its community's life for a
   * team, its term for an exchange, any day for a party pairing; empty when there is none.
   */
  static Optional<LocalDate> date(Dataset dataset, AssessmentPeriod period, SubjectResult subject) {
    LocalDate first = period.from();
    LocalDate last = period.to();
    if (subject.kind() == SubjectKind.TEAM) {
      Optional<Community> community = dataset.team(subject.id())
          .flatMap(t -> dataset.community(t.community()));
      if (community.isPresent()) {
        first = later(first, community.get().established());
        last = community.get().ended().map(e -> earlier(period.to(), e)).orElse(last);
      }
    } else if (subject.kind() == SubjectKind.EXCHANGE) {
      Optional<Exchange> exchange = dataset.exchange(subject.id());
      if (exchange.isPresent()) {
        first = later(first, exchange.get().start());
        last = earlier(last, exchange.get().end());
      }
    }
    return first.isAfter(last) ? Optional.empty() : Optional.of(first);
  }

  /**
   * {@code count} activities matching the measure, credited to the subject only, each carrying
   * {@code quantityEach} of the measure's quantity when it is a sum, with ids not used in the
   * dataset. The caller has checked that the measure is satisfiable and the date exists.
   *
   * @throws IllegalStateException when the dataset refuses a probe: a fault of the testkit,
   *     never silently skipped
   */
  static ImmutableList<Activity> matching(Dataset dataset, SubjectResult subject,
      FilteredLogMeasure measure, LocalDate date, BigDecimal quantityEach, int count) {
    return matching(dataset, subject, measure, date, Collections.nCopies(count, quantityEach));
  }

  /**
   * Activities matching the sum measure, as {@link #matching} builds them, whose quantities add
   * up to {@code total}: one activity carrying it all, or, when the quantity's maximum (a rating's
   * 100) is below the total, as many at the maximum as fit and one with the rest. Empty when that
   * would take more than {@link #MAX_PROBES} activities.
   */
  static Optional<ImmutableList<Activity>> matchingTotal(Dataset dataset, SubjectResult subject,
      FilteredLogMeasure measure, LocalDate date, BigDecimal total) {
    Optional<BigDecimal> maximum = quantity(measure).orElseThrow().maximum();
    if (maximum.isEmpty() || total.compareTo(maximum.get()) <= 0) {
      return Optional.of(matching(dataset, subject, measure, date, List.of(total)));
    }
    BigDecimal[] fullAndRest = total.divideAndRemainder(maximum.get());
    BigDecimal full = fullAndRest[0];
    BigDecimal rest = fullAndRest[1];
    if (full.compareTo(BigDecimal.valueOf(MAX_PROBES - (rest.signum() > 0 ? 1 : 0))) > 0) {
      return Optional.empty();
    }
    List<BigDecimal> quantities = new ArrayList<>(Collections.nCopies(full.intValueExact(),
        maximum.get()));
    if (rest.signum() > 0) {
      quantities.add(rest);
    }
    return Optional.of(matching(dataset, subject, measure, date, quantities));
  }

  /** One activity per quantity, as {@link #matching} builds them. */
  private static ImmutableList<Activity> matching(Dataset dataset, SubjectResult subject,
      FilteredLogMeasure measure, LocalDate date, List<BigDecimal> quantities) {
    String lead = subject.members().isEmpty() ? "" : subject.members().get(0).person();
    Set<String> used = new HashSet<>();
    ImmutableList.Builder<Activity> probes = ImmutableList.builder();
    int n = 0;
    for (BigDecimal quantity : quantities) {
      String id;
      do {
        id = "probe-" + ++n;
      } while (dataset.activity(id).isPresent() || !used.add(id));
      ImmutableActivity.Builder a = builder(measure, subject.kind(), id, date, lead)
          .addCredited(subject.id());
      dataset.person(lead).flatMap(p -> p.school()).ifPresent(a::host);
      quantity(measure).ifPresent(q -> a.putQuantities(q, quantity));
      Activity probe = a.build();
      ImmutableList<Problem> problems = DatasetValidator.validateLogRecord(dataset, probe);
      if (!problems.isEmpty() || !measure.matches(probe)) {
        throw new IllegalStateException("the testkit built activity " + probe + " to match "
            + measure + " for " + subject.id() + (problems.isEmpty()
                ? ", but the measure does not match it" : ", but the dataset refuses it: " + problems));
      }
      probes.add(probe);
    }
    return probes.build();
  }

  private static ImmutableActivity.Builder builder(FilteredLogMeasure measure, SubjectKind subject,
      String id, LocalDate date, String lead) {
    ImmutableActivity.Builder a = Activity.builder().id(id).date(date)
        .kind(kind(measure, subject).orElseThrow()).addAllTags(measure.tags());
    if (!lead.isEmpty()) {
      a.addParticipants(Participant.lead(lead));
    }
    measure.schoolSubject().ifPresent(a::schoolSubject);
    measure.grade().ifPresent(a::grade);
    measure.direction().ifPresent(a::direction);
    return a;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
