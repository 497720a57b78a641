package dev.huzhu.core.score;

import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.core.school.SchoolSubject;
import org.immutables.value.Value;

/**
 * One school's grade in one school subject: the unit whose baseline and final test results are compared.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreUnit implements Comparable<ScoreUnit> {
  @Value.Parameter
  public abstract String school();

  @Value.Parameter
  public abstract int grade();

  @Value.Parameter
  public abstract SchoolSubject schoolSubject();

  public static ScoreUnit of(String school, int grade, SchoolSubject schoolSubject) {
    return ImmutableScoreUnit.of(school, grade, schoolSubject);
  }

  /** By school id, then grade, then school subject. */
  @Override
  public int compareTo(ScoreUnit other) {
    int c = school().compareTo(other.school());
    if (c == 0) {
      c = Integer.compare(grade(), other.grade());
    }
    return c != 0 ? c : schoolSubject().compareTo(other.schoolSubject());
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("school", school());
    ValueChecks.grade("grade", grade());
  }

  /** {@code school/grade/SUBJECT}. */
  @Override
  public String toString() {
    return school() + "/" + grade() + "/" + schoolSubject();
  }
}
