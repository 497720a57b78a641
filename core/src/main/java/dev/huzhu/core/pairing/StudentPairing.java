package dev.huzhu.core.pairing;

import dev.huzhu.core.internal.ValueChecks;
import org.immutables.value.Value;

/**
 * 手拉手结对子: an urban pupil paired with a rural pupil, or an urban family with a rural family
 * (then each side is named by a student or parent of the family).
 *
 * <p>Pupils are minors: reports name them by id only. That the urban side attends an urban school
 * and the rural side a township or village school is checked by dataset validation.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StudentPairing {
  public abstract String id();

  /** The id of the urban student (or a member of the urban family). */
  public abstract String urban();

  /** The id of the rural student (or a member of the rural family). */
  public abstract String rural();

  public abstract StudentPairingKind kind();

  public static ImmutableStudentPairing.Builder builder() {
    return ImmutableStudentPairing.builder();
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.id("urban", urban());
    ValueChecks.id("rural", rural());
  }
}
