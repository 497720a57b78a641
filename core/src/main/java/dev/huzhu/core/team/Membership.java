package dev.huzhu.core.team;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.internal.ValueChecks;
import org.immutables.value.Value;

/**
 * A person's place in a team: who, in what role, and — for a deputy (副组长) who stands for
 * several small schools merged into one group (合并组成一个教研组) — the other schools they
 * represent. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {
  /** The person's id. */
  @Value.Parameter
  public abstract String person();

  @Value.Parameter
  public abstract TeamRole role();

  /** For a deputy, the ids of other member schools they represent besides their own. */
  public abstract ImmutableList<String> represents();

  /**
   * The member's divided duties (分工) in the order the team lists them, each a short text
   * ({@code 负责交流教师管理}); empty when the team does not divide its work.
   */
  public abstract ImmutableList<String> duties();

  /** A membership that represents no other school and carries no divided duties. */
  public static Membership of(String person, TeamRole role) {
    return ImmutableMembership.of(person, role);
  }

  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  @Value.Check
  protected void check() {
    ValueChecks.id("person", person());
    ValueChecks.ids("represents", represents());
    for (int i = 0; i < duties().size(); i++) {
      ValueChecks.text("duties[" + i + "]", duties().get(i));
    }
    ValueChecks.notAllowed(!represents().isEmpty() && role() != TeamRole.DEPUTY, "represents",
        "for a " + role() + " (only a DEPUTY represents merged schools)");
  }
}
