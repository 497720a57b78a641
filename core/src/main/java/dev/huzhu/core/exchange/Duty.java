package dev.huzhu.core.exchange;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What an exchanged person owes each month: so many activities of a kind that they lead. The
 * seed asks each exchange teacher for one demonstration lesson (示范课) and one lecture (专题讲座)
 * a month: {@code Duty.of(DEMONSTRATION_LESSON, 1)}, {@code Duty.of(LECTURE, 1)}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Duty {
  @Value.Parameter
  public abstract ActivityKind kind();

  /** How many a month; at least one. */
  @Value.Parameter
  public abstract int perMonth();

  public static Duty of(ActivityKind kind, int perMonth) {
    return ImmutableDuty.of(kind, perMonth);
  }

  @Value.Check
  protected void check() {
    if (perMonth() < 1) {
      throw new InvalidValueException(Problem.of(CoreProblemCode.QUANTITY_OUT_OF_RANGE, "perMonth",
          "a duty is at least once a month, not " + perMonth()));
    }
  }
}
