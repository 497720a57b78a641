package dev.huzhu.evaluation.measure;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.person.Subject;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.Optional;

/**
 * A log measure with filters: of the activities credited to a subject and dated in the policy's
 * period, it considers those matching its kinds (empty matches every kind), and optionally its
 * subject, grade, direction and tags (an activity must carry every tag named).
 */
public abstract class FilteredLogMeasure implements LogMeasure {
  /** The kinds matched; empty matches every kind. */
  public abstract ImmutableSet<ActivityKind> kinds();

  public abstract Optional<Subject> subject();

  public abstract Optional<Integer> grade();

  public abstract Optional<Direction> direction();

  /** Tags an activity must all carry. */
  public abstract ImmutableSet<String> tags();

  /** Whether the activity passes the filters. */
  public boolean matches(Activity a) {
    return (kinds().isEmpty() || kinds().contains(a.kind()))
        && (subject().isEmpty() || a.subject().equals(subject()))
        && (grade().isEmpty() || a.grade().equals(grade()))
        && (direction().isEmpty() || a.direction().equals(direction()))
        && a.tags().containsAll(tags());
  }

  @Override
  public ImmutableSet<SubjectKind> appliesTo() {
    return ImmutableSet.copyOf(SubjectKind.values());
  }

  /** Whether the value is derived (rounded to 4 places) rather than an exact count or sum. */
  protected boolean isDerived() {
    return true;
  }

  @Override
  public RawValue toRaw(Accumulator accumulator) {
    return RawValue.from(accumulator, isDerived());
  }
}
