package dev.huzhu.evaluation.report;

import dev.huzhu.core.team.TeamRole;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person named by a people award, the subject they were named from, their role there, and the
 * value of the award's individual measure over the activities they led, when it has one.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AwardedPerson {
  public abstract String person();

  public abstract String subject();

  public abstract TeamRole role();

  public abstract Optional<BigDecimal> value();

  public static ImmutableAwardedPerson.Builder builder() {
    return ImmutableAwardedPerson.builder();
  }
}
