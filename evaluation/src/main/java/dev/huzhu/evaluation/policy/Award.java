package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.team.TeamRole;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An award (评优): of subjects (优秀互助组), selected by grade and optionally the top N in order;
 * or, when {@link #roles()} is not empty, of people of those roles in the selected subjects
 * (成绩突出的组长和教师), optionally only those who meet an {@link IndividualCriterion}. A vetoed
 * subject and its people receive no award. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Award {
  public abstract String id();

  public abstract String label();

  /** The grades whose subjects are selected; empty selects every grade. */
  public abstract ImmutableSet<String> grades();

  /** At most this many subjects, the first in order. */
  public abstract Optional<Integer> top();

  /** For an award of people, the roles named; empty for an award of subjects. */
  public abstract ImmutableSet<TeamRole> roles();

  public abstract Optional<IndividualCriterion> individual();

  public static ImmutableAward.Builder builder() {
    return ImmutableAward.builder();
  }

  /** Whether the award names people rather than subjects. */
  public boolean isForPeople() {
    return !roles().isEmpty();
  }
}
