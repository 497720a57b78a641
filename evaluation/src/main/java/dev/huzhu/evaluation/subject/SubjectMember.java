package dev.huzhu.evaluation.subject;

import dev.huzhu.core.team.TeamRole;
import org.immutables.value.Value;

/** A person who carries an assessed subject's result, and in what role. Immutable and thread-safe. */
@Value.Immutable
public abstract class SubjectMember {
  @Value.Parameter
  public abstract String person();

  @Value.Parameter
  public abstract TeamRole role();

  public static SubjectMember of(String person, TeamRole role) {
    return ImmutableSubjectMember.of(person, role);
  }
}
