package dev.huzhu.evaluation.report;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One subject in two reports (before and after a change of policy or data): its total, rank and
 * band in each, absent from the report it is not in. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubjectChange {
  public abstract String id();

  public abstract String label();

  public abstract Optional<BigDecimal> totalBefore();

  public abstract Optional<BigDecimal> totalAfter();

  public abstract Optional<Integer> rankBefore();

  public abstract Optional<Integer> rankAfter();

  /** The band's label (优秀) before, with its id after a space ({@code 优秀 EXCELLENT}). */
  public abstract Optional<String> bandBefore();

  public abstract Optional<String> bandAfter();

  public abstract boolean vetoedBefore();

  public abstract boolean vetoedAfter();

  public static ImmutableSubjectChange.Builder builder() {
    return ImmutableSubjectChange.builder();
  }

  /** After minus before, when the subject is in both reports. */
  public Optional<BigDecimal> totalChange() {
    return totalBefore().isPresent() && totalAfter().isPresent()
        ? Optional.of(totalAfter().get().subtract(totalBefore().get())) : Optional.empty();
  }

  /** Places moved up (positive) or down (negative), when the subject is in both reports. */
  public Optional<Integer> rankChange() {
    return rankBefore().isPresent() && rankAfter().isPresent()
        ? Optional.of(rankBefore().get() - rankAfter().get()) : Optional.empty();
  }

  /** Whether anything differs: in one report only, or another total, rank, band or veto. */
  public boolean moved() {
    return !totalBefore().equals(totalAfter()) || !rankBefore().equals(rankAfter())
        || !bandBefore().equals(bandAfter()) || vetoedBefore() != vetoedAfter();
  }

  static SubjectChange of(Optional<SubjectResult> before, Optional<SubjectResult> after) {
    SubjectResult any = after.or(() -> before).orElseThrow();
    return builder().id(any.id()).label(any.label())
        .totalBefore(before.map(SubjectResult::total)).totalAfter(after.map(SubjectResult::total))
        .rankBefore(before.map(SubjectResult::rank)).rankAfter(after.map(SubjectResult::rank))
        .bandBefore(before.flatMap(SubjectChange::band)).bandAfter(after.flatMap(SubjectChange::band))
        .vetoedBefore(before.map(SubjectResult::vetoed).orElse(false))
        .vetoedAfter(after.map(SubjectResult::vetoed).orElse(false))
        .build();
  }

  private static Optional<String> band(SubjectResult r) {
    return r.bandLabel().map(l -> l + r.band().map(b -> " " + b).orElse(""));
  }
}
