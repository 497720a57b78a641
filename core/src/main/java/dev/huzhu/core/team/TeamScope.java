package dev.huzhu.core.team;

import dev.huzhu.core.school.SchoolSubject;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What part of the schools' work a team covers: for a subject team its school subject and grade, for
 * others everything. A team's score units are the score records its scope covers.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TeamScope {
  public abstract Optional<SchoolSubject> schoolSubject();

  public abstract Optional<Integer> grade();

  public static TeamScope of(Optional<SchoolSubject> schoolSubject, Optional<Integer> grade) {
    return ImmutableTeamScope.builder().schoolSubject(schoolSubject).grade(grade).build();
  }

  /** Whether work in that school subject and grade falls in this scope. */
  public boolean covers(SchoolSubject schoolSubject, int grade) {
    return schoolSubject().map(schoolSubject::equals).orElse(true) && grade().map(g -> g == grade).orElse(true);
  }

  /** Whether the scope is everything (no school subject, no grade). */
  public boolean isUnrestricted() {
    return schoolSubject().isEmpty() && grade().isEmpty();
  }
}
