package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.community.ImmutableCommunity;
import dev.huzhu.core.exchange.ImmutableExchange;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * Moves a dataset to another school year (学年, September to August), so that the generator's
 * data, which lies in the 2012–2013 school year, can test a policy for any year.
 *
 * <p>Every date moves by the same whole number of years: activities, exchange terms, and the
 * dates communities were established and ended. The order of dates is kept (a follow-up stays on
 * or after its delivery, a term does not invert), so a valid dataset stays valid; only a 29
 * February, which the generated year does not have, would become the 28th in a common year.
 */
public final class SchoolYears {
  /** The school year the synthetic generator's data lies in: 2012-09-01 to 2013-08-31. */
  public static final int GENERATED = 2012;

  /** The first day of the generated school year. */
  static final LocalDate GENERATED_FIRST = LocalDate.of(GENERATED, Month.SEPTEMBER, 1);

  /** The last day of the generated school year. */
  static final LocalDate GENERATED_LAST = LocalDate.of(GENERATED + 1, Month.AUGUST, 31);

  /** The days of the generated school year: 365, since February 2013 has no 29th. */
  static final long GENERATED_DAYS = ChronoUnit.DAYS.between(GENERATED_FIRST, GENERATED_LAST) + 1;

  private SchoolYears() {}

  /** The calendar year a date's school year starts in: 2012 for 2013-03-01, 2013 for 2013-09-01. */
  public static int of(LocalDate date) {
    return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
  }

  /**
   * The whole number of years the generated school year moves by to overlap the period most: the
   * shift whose moved days fall in the period most often, the earlier of two that tie. 0 for the
   * fall term 2012; 14 for 2026-09-01 to 2027-01-31; 0 for 2012-08-27 to 2013-01-31 (153 days
   * against 5 a year earlier); 1 for 2013-08-01 to 2014-07-31 (334 days against 31).
   */
  public static int yearsFor(AssessmentPeriod period) {
    // only a school year that the period touches can overlap it at all
    int first = of(period.from()) - GENERATED;
    int last = of(period.to()) - GENERATED;
    int best = first;
    long bestDays = -1;
    for (int years = first; years <= last; years++) {
      long days = daysIn(period, years);
      if (days > bestDays) {
        best = years;
        bestDays = days;
      }
      if (days == GENERATED_DAYS) {
        // the whole generated year lies in the period: no later shift can do better, and a tie
        // goes to the earlier one
        break;
      }
    }
    return best;
  }

  /** How many days of the generated school year, moved by {@code years}, fall in the period. */
  static long daysIn(AssessmentPeriod period, int years) {
    long days = 0;
    // the moved days themselves rather than the span between the moved ends: that span holds a
    // 29 February in a leap year, a day no generated date is ever moved onto
    for (LocalDate d = GENERATED_FIRST; !d.isAfter(GENERATED_LAST); d = d.plusDays(1)) {
      if (period.contains(d.plusYears(years))) {
        days++;
      }
    }
    return days;
  }

  /**
   * A generated dataset moved by {@link #yearsFor(AssessmentPeriod)} into the period: unchanged for the fall
   * term 2012, fourteen years later for 2026-09-01 to 2027-01-31.
   */
  public static Dataset moveGenerated(Dataset generated, AssessmentPeriod period) {
    return shift(generated, yearsFor(period));
  }

  /** The dataset with every date moved by {@code years} (negative: earlier). */
  public static Dataset shift(Dataset dataset, int years) {
    if (years == 0) {
      return dataset;
    }
    return Dataset.builder().copyFrom(dataset)
        .communities(dataset.communities().stream().map(c -> ImmutableCommunity.copyOf(c)
            .withEstablished(c.established().plusYears(years))
            .withEnded(c.ended().map(e -> e.plusYears(years)))).toList())
        .exchanges(dataset.exchanges().stream().map(x -> ImmutableExchange.copyOf(x)
            .withStart(x.start().plusYears(years)).withEnd(x.end().plusYears(years))).toList())
        .activities(dataset.activities().stream().map(a -> ImmutableActivity.copyOf(a)
            .withDate(a.date().plusYears(years))).toList())
        .build();
  }
}
