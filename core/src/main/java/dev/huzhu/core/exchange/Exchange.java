package dev.huzhu.core.exchange;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.internal.ValueChecks;
import java.time.LocalDate;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A person serving a term away from home (交流): a 交流教师 teaching at another school of the
 * community, a principal 跟岗学习 at the core school, or a cadre in 城乡干部双向学习.
 *
 * <p>{@link #from()} and {@link #to()} name schools for teaching exchanges and shadowing, and
 * schools or party branches (units, villages) for cadre exchanges. The term runs from
 * {@link #start()} to {@link #end()} inclusive; an inverted term or an exchange to the same
 * place is reported by dataset validation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exchange {
  public abstract String id();

  /** The id of the exchanged person. */
  public abstract String person();

  public abstract ExchangeKind kind();

  /** The id of the home school or unit. */
  public abstract String from();

  /** The id of the school or unit served. */
  public abstract String to();

  /** The first day of the term. */
  public abstract LocalDate start();

  /** The last day of the term. */
  public abstract LocalDate end();

  /** What the person owes each month of the term. */
  public abstract ImmutableList<Duty> duties();

  public static ImmutableExchange.Builder builder() {
    return ImmutableExchange.builder();
  }

  /** Whether the date falls within the term. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** The calendar months the term touches, in order; empty for an inverted term. */
  public ImmutableList<YearMonth> months() {
    ImmutableList.Builder<YearMonth> months = ImmutableList.builder();
    for (YearMonth m = YearMonth.from(start()); !m.isAfter(YearMonth.from(end())); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months.build();
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.id("person", person());
    ValueChecks.id("from", from());
    ValueChecks.id("to", to());
  }
}
