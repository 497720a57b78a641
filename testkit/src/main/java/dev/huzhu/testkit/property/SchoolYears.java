package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ImmutableActivity;
import dev.huzhu.core.community.ImmutableCommunity;
import dev.huzhu.core.exchange.ImmutableExchange;
import java.time.LocalDate;
import java.time.Month;

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

  private SchoolYears() {}

  /** The calendar year a date's school year starts in: 2012 for 2013-03-01, 2013 for 2013-09-01. */
  public static int of(LocalDate date) {
    return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
  }

  /**
   * A generated dataset moved into the school year of {@code date} (a policy's period start):
   * unchanged for 2012–2013, fourteen years later for a period starting 2026-09-01.
   */
  public static Dataset moveGenerated(Dataset generated, LocalDate date) {
    return shift(generated, of(date) - GENERATED);
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
