package dev.huzhu.core.team;

import dev.huzhu.core.person.Subject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What part of the schools' work a team covers: for a subject team its subject and grade, for
 * others everything. A team's score units are the score records its scope covers.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TeamScope {
  public abstract Optional<Subject> subject();

  public abstract Optional<Integer> grade();

  public static TeamScope of(Optional<Subject> subject, Optional<Integer> grade) {
    return ImmutableTeamScope.builder().subject(subject).grade(grade).build();
  }

  /** Whether work in that subject and grade falls in this scope. */
  public boolean covers(Subject subject, int grade) {
    return subject().map(subject::equals).orElse(true) && grade().map(g -> g == grade).orElse(true);
  }

  /** Whether the scope is everything (no subject, no grade). */
  public boolean isUnrestricted() {
    return subject().isEmpty() && grade().isEmpty();
  }
}
