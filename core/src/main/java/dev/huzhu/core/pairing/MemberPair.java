package dev.huzhu.core.pairing;

import dev.huzhu.core.internal.ValueChecks;
import org.immutables.value.Value;

/**
 * 党员结对: a unit's party member paired with a village's party member or villager (群众).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MemberPair {
  /** The id of the county unit's party member. */
  @Value.Parameter
  public abstract String unitMember();

  /** The id of the village party member or villager helped. */
  @Value.Parameter
  public abstract String villageMember();

  public static MemberPair of(String unitMember, String villageMember) {
    return ImmutableMemberPair.of(unitMember, villageMember);
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("unitMember", unitMember());
    ValueChecks.id("villageMember", villageMember());
  }
}
