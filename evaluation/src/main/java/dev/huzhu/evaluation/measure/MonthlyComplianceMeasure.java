package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code monthlyCompliance(kinds)}, for an exchange — the seed's "每月争取上一次示范课和举行一次教育教学
 * 专题讲座". Its months are the calendar months touched by the exchange's term clipped to the
 * policy's period (the dates max(start, from) … min(end, to); a month partly covered counts as a
 * whole). A month complies when the exchanged person led ({@code LEAD}) at least n matching
 * activities dated within the clipped term, of the measure's kinds together; n is the sum of the
 * {@code perMonth} of the exchange's declared duties of those kinds (of all its duties when
 * {@code kinds} is empty), or 1 when it declares none of them — a teacher asked for four
 * demonstration lessons a month complies with four, not one. The value is the share of complying
 * months, derived (rounded to 4 places by default); missing when the term and the period do not
 * overlap.
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

  /**
   * How many matching activities a month the exchange asks for: the sum of its duties' perMonth
   * over the measure's kinds (over all its duties when they are empty), or 1 when it declares none
   * of them.
   */
  public int required(Exchange exchange) {
    int n = exchange.duties().stream()
        .filter(d -> kinds().isEmpty() || kinds().contains(d.kind()))
        .mapToInt(Duty::perMonth).sum();
    return n == 0 ? 1 : n;
  }

  @Override
  public Accumulator newAccumulator(MeasureContext context) {
    Exchange exchange = context.subject().exchange().orElseThrow(() -> new IllegalArgumentException(
        "monthlyCompliance applies to exchanges, not to " + context.subject().id()));
    LocalDate first = exchange.start().isAfter(context.periodStart()) ? exchange.start()
        : context.periodStart();
    LocalDate last = exchange.end().isBefore(context.periodEnd()) ? exchange.end()
        : context.periodEnd();
    return new Compliance(this, exchange.person(), first, last, required(exchange),
        context.evidenceLimit());
  }

  private static final class Compliance implements Accumulator {
    private final MonthlyComplianceMeasure measure;
    private final String person;
    private final LocalDate first;
    private final LocalDate last;
    private final int required;
    /** Matching activities the person led, by month of the clipped term. */
    private final Map<YearMonth, Integer> led = new HashMap<>();
    private final EvidenceSet evidence;

    Compliance(MonthlyComplianceMeasure measure, String person, LocalDate first, LocalDate last,
        int required, int limit) {
      this.measure = measure;
      this.person = person;
      this.first = first;
      this.last = last;
      this.required = required;
      this.evidence = new EvidenceSet(limit);
    }

    @Override
    public void accept(Activity a) {
      // within the clipped term itself, not merely its months: a lesson before the term starts
      // is not the exchange teacher's duty yet
      if (measure.matches(a) && !a.date().isBefore(first) && !a.date().isAfter(last)
          && a.leads().contains(person)) {
        led.merge(YearMonth.from(a.date()), 1, Integer::sum);
        evidence.add(a.id());
      }
    }

    @Override
    public void merge(Accumulator other) {
      Compliance o = (Compliance) other;
      o.led.forEach((month, n) -> led.merge(month, n, Integer::sum));
      evidence.merge(o.evidence);
    }

    @Override
    public Optional<Ratio> exact() {
      if (first.isAfter(last)) {
        return Optional.empty();
      }
      long months = 0;
      long complying = 0;
      for (YearMonth m = YearMonth.from(first); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
        months++;
        if (led.getOrDefault(m, 0) >= required) {
          complying++;
        }
      }
      return Optional.of(Ratio.of(BigDecimal.valueOf(complying), BigDecimal.valueOf(months)));
    }

    @Override
    public Evidence evidence() {
      return evidence.build();
    }
  }
}
