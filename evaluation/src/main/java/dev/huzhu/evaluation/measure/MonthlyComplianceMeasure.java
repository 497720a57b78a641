package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * {@code monthlyCompliance(kinds)}, for an exchange: the share of the months of its term (within
 * the policy's period) in which the exchanged person led at least one matching activity dated
 * within the term — the
 * seed's "每月争取上一次示范课和举行一次教育教学专题讲座". Rounded to 4 places; missing when no
 * month of the term falls in the period.
 */
@Value.Immutable
public abstract class MonthlyComplianceMeasure extends FilteredLogMeasure {
  /** {@code monthlyCompliance} in policy files. */
  public static final Kind<MonthlyComplianceMeasure> KIND = FilteredLogMeasure.kind("monthlyCompliance",
      MonthlyComplianceMeasure.class, MonthlyComplianceMeasure::builder, Builder::build);

  public static Builder builder() {
    return new Builder();
  }

  /** The builder of a {@code monthlyCompliance} measure. */
  public static final class Builder extends ImmutableMonthlyComplianceMeasure.Builder
      implements FilteredLogMeasure.Builder {}

  @Override
  public Kind<MonthlyComplianceMeasure> kind() {
    return KIND;
  }

  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.of(SubjectKind.EXCHANGE);
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    Exchange exchange = context.subject().exchange().orElseThrow(() -> new IllegalArgumentException(
        "monthlyCompliance applies to exchanges, not to " + context.subject().id()));
    YearMonth first = YearMonth.from(context.periodStart());
    YearMonth last = YearMonth.from(context.periodEnd());
    List<YearMonth> months = exchange.months().stream()
        .filter(m -> !m.isBefore(first) && !m.isAfter(last)).collect(Collectors.toList());
    return new Compliance(this, exchange, months, context.evidenceLimit());
  }

  private static final class Compliance implements Accumulator {
    private final MonthlyComplianceMeasure measure;
    private final Exchange exchange;
    private final List<YearMonth> months;
    private final Set<YearMonth> led = new HashSet<>();
    private final EvidenceSet evidence;

    Compliance(MonthlyComplianceMeasure measure, Exchange exchange, List<YearMonth> months, int limit) {
      this.measure = measure;
      this.exchange = exchange;
      this.months = months;
      this.evidence = new EvidenceSet(limit);
    }

    @Override
    public void accept(Activity a) {
      YearMonth month = YearMonth.from(a.date());
      // within the term itself, not merely its months: a lesson before the term starts is not
      // the exchange teacher's duty yet
      if (measure.matches(a) && exchange.covers(a.date()) && a.leads().contains(exchange.person())
          && months.contains(month)) {
        led.add(month);
        evidence.add(a.id());
      }
    }

    @Override
    public void merge(Accumulator other) {
      Compliance o = (Compliance) other;
      led.addAll(o.led);
      evidence.merge(o.evidence);
    }

    @Override
    public Optional<Ratio> exact() {
      return months.isEmpty() ? Optional.empty()
          : Optional.of(Ratio.of(BigDecimal.valueOf(led.size()), BigDecimal.valueOf(months.size())));
    }

    @Override
    public Evidence evidence() {
      return evidence.build();
    }
  }
}
