package dev.huzhu.evaluation.report;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** An award's winners: subjects, in report order, or people. Immutable and thread-safe. */
@Value.Immutable
public abstract class AwardResult {
  public abstract String id();

  public abstract String label();

  /** Whether the award names people (成绩突出的组长和教师) rather than subjects. */
  public abstract boolean forPeople();

  /** The subjects awarded, or for a people award the subjects they were selected from. */
  public abstract ImmutableList<String> subjects();

  /** For a people award, the people named, in subject order then person id. */
  public abstract ImmutableList<AwardedPerson> people();

  public static ImmutableAwardResult.Builder builder() {
    return ImmutableAwardResult.builder();
  }
}
