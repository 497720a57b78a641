package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The records behind a raw value (its justification): how many there are, and their ids — all of
 * them, or the first {@code limit} in id order when an assessment bounds them so that memory does
 * not grow with the log. Activity ids for log measures; score-record keys
 * ({@code school/grade/SUBJECT/TEST/PHASE}) for score measures. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {
  /** The ids, sorted; all of them when {@link #isComplete()}. */
  public abstract ImmutableList<String> ids();

  /** How many records there are in all. */
  public abstract long count();

  public static Evidence of(ImmutableList<String> ids, long count) {
    return ImmutableEvidence.builder().ids(ids).count(count).build();
  }

  public static Evidence none() {
    return of(ImmutableList.of(), 0);
  }

  /** Whether every id is listed. */
  public boolean isComplete() {
    return ids().size() == count();
  }
}
