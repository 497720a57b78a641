package dev.huzhu.core.pairing;

import dev.huzhu.core.internal.ValueChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A party branch (党支部): of a county unit (县直单位), with its department category, or of a
 * village (村), with its village type. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyBranch {
  public abstract String id();

  public abstract String name();

  public abstract BranchKind kind();

  /** For a county unit, its department's category; absent for a village. */
  public abstract Optional<DepartmentCategory> category();

  /** For a village, its type; absent for a county unit. */
  public abstract Optional<VillageType> villageType();

  public static ImmutablePartyBranch.Builder builder() {
    return ImmutablePartyBranch.builder();
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("id", id());
    ValueChecks.text("name", name());
    boolean unit = kind() == BranchKind.COUNTY_UNIT;
    ValueChecks.required(!unit || category().isPresent(), "category", "for a COUNTY_UNIT branch");
    ValueChecks.notAllowed(!unit && category().isPresent(), "category", "for a VILLAGE branch");
    ValueChecks.required(unit || villageType().isPresent(), "villageType", "for a VILLAGE branch");
    ValueChecks.notAllowed(unit && villageType().isPresent(), "villageType", "for a COUNTY_UNIT branch");
  }
}
