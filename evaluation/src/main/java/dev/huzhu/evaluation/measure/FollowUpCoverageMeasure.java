package dev.huzhu.evaluation.measure;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code followUpCoverage(withinDays)}: among the matching deliveries (funds, materials), the share
 * that have a follow-up (使用指导、监督: an activity whose {@code followUpOf} names the delivery,
 * credited to the same subject and dated in the period) within that many days of the delivery.
 * Rounded to 4 places; missing when there are no deliveries.
 *
 * <p>It remembers each matching delivery of the subject (id and date) and the earliest follow-up
 * of each delivery: the one log measure whose memory grows with the records it matches, because a
 * follow-up may come before or after its delivery in the log.
 */
@Value.Immutable
public abstract class FollowUpCoverageMeasure extends FilteredLogMeasure {
  private static final Field<FollowUpCoverageMeasure, Builder, Integer> WITHIN_DAYS = Field.required(
      "withinDays", FieldType.integer(), FollowUpCoverageMeasure::withinDays, Builder::withinDays);

  /** {@code followUpCoverage} in policy files; its days must not be negative. */
  public static final Kind<FollowUpCoverageMeasure> KIND = FilteredLogMeasure.kind(
      "followUpCoverage", FollowUpCoverageMeasure.class, FollowUpCoverageMeasure::builder,
      Builder::build, WITHIN_DAYS).withCheck((m, at) -> {
        if (m.withinDays() < 0) {
          at.field(WITHIN_DAYS).add(PolicyProblemCode.NEGATIVE_NUMBER,
              WITHIN_DAYS.name() + " is " + m.withinDays());
        }
      });

  public abstract int withinDays();

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code followUpCoverage} measure. */
  public static final class Builder extends ImmutableFollowUpCoverageMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<FollowUpCoverageMeasure> kind() {
    return KIND;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    return new Coverage(this, context.evidenceLimit());
  }

  private static final class Coverage implements Accumulator {
    private final FollowUpCoverageMeasure measure;
    private final int limit;
    private final Map<String, LocalDate> deliveries = new HashMap<>();
    private final Map<String, LocalDate> earliestFollowUp = new HashMap<>();
    private final Map<String, String> followUpIds = new HashMap<>();

    Coverage(FollowUpCoverageMeasure measure, int limit) {
      this.measure = measure;
      this.limit = limit;
    }

    @Override
    public void accept(Activity a) {
      if (measure.matches(a)) {
        deliveries.put(a.id(), a.date());
      }
      a.followUpOf().ifPresent(target -> follow(target, a.date(), a.id()));
    }

    private void follow(String target, LocalDate date, String id) {
      LocalDate known = earliestFollowUp.get(target);
      if (known == null || date.isBefore(known)
          || (date.equals(known) && id.compareTo(followUpIds.get(target)) < 0)) {
        earliestFollowUp.put(target, date);
        followUpIds.put(target, id);
      }
    }

    @Override
    public void merge(Accumulator other) {
      Coverage o = (Coverage) other;
      deliveries.putAll(o.deliveries);
      o.earliestFollowUp.forEach((target, date) -> follow(target, date, o.followUpIds.get(target)));
    }

    private boolean covered(String delivery) {
      LocalDate followed = earliestFollowUp.get(delivery);
      if (followed == null) {
        return false;
      }
      // a follow-up dated before its delivery (which dataset validation refuses, but a streamed
      // log is not validated as a whole) does not cover it
      long days = ChronoUnit.DAYS.between(deliveries.get(delivery), followed);
      return days >= 0 && days <= measure.withinDays();
    }

    @Override
    public Optional<Ratio> exact() {
      if (deliveries.isEmpty()) {
        return Optional.empty();
      }
      long covered = deliveries.keySet().stream().filter(this::covered).count();
      return Optional.of(Ratio.of(BigDecimal.valueOf(covered), BigDecimal.valueOf(deliveries.size())));
    }

    /** The deliveries, and the follow-up of each one covered. */
    @Override
    public Evidence evidence() {
      EvidenceSet set = new EvidenceSet(limit);
      deliveries.keySet().forEach(d -> {
        set.add(d);
        if (covered(d)) {
          set.add(followUpIds.get(d));
        }
      });
      return set.build();
    }
  }
}
