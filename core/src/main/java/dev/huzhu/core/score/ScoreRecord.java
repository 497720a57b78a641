package dev.huzhu.core.score;

import dev.huzhu.core.internal.ValueChecks;
import dev.huzhu.core.school.SchoolSubject;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of one test (教学质量检测 or 质量抽测) at one phase for one school's grade and
 * subject: how many students sat it, their mean, the full mark (100 unless stated) and optionally
 * the pass rate (合格率) and excellent rate (优秀率) as fractions from 0 to 1.
 *
 * <p>A record has no id of its own: its {@link #key()} ({@code school/grade/SUBJECT/TEST/PHASE})
 * is unique in a dataset and is what explanations cite. That the numbers are in range is checked
 * by dataset validation. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreRecord {
  /** The id of the school. */
  public abstract String school();

  public abstract int grade();

  public abstract SchoolSubject schoolSubject();

  public abstract TestKind test();

  public abstract Phase phase();

  /** How many students sat the test; positive. */
  public abstract int students();

  /** The mean score, from 0 to the full mark. */
  public abstract BigDecimal mean();

  /** The full mark; 100 unless stated. */
  @Value.Default
  public BigDecimal fullMark() {
    return BigDecimal.valueOf(100);
  }

  /** 合格率, a fraction from 0 to 1. */
  public abstract Optional<BigDecimal> passRate();

  /** 优秀率, a fraction from 0 to 1. */
  public abstract Optional<BigDecimal> excellentRate();

  public static ImmutableScoreRecord.Builder builder() {
    return ImmutableScoreRecord.builder();
  }

  /** The school, grade and school subject this record is for. */
  public ScoreUnit scoreUnit() {
    return ScoreUnit.of(school(), grade(), schoolSubject());
  }

  /** {@code school/grade/SUBJECT/TEST/PHASE}: unique in a valid dataset. */
  public String key() {
    return scoreUnit() + "/" + test() + "/" + phase();
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("school", school());
    ValueChecks.grade("grade", grade());
  }
}
