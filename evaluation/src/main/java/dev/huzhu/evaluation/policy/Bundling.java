package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableMap;
import dev.huzhu.core.team.TeamRole;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * 捆绑: how a subject's total flows to each member — {@code round2(total × coefficient of their
 * role)} — and what a person in several subjects receives. A role without a coefficient receives
 * 0, and the personal list shows that coefficient. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Bundling {
  public abstract ImmutableMap<TeamRole, BigDecimal> coefficients();

  @Value.Default
  public MultipleGroups multipleGroups() {
    return MultipleGroups.MAX;
  }

  public static ImmutableBundling.Builder builder() {
    return ImmutableBundling.builder();
  }

  /** The coefficient of a role; 0 when the policy gives none. */
  public BigDecimal coefficient(TeamRole role) {
    return coefficients().getOrDefault(role, BigDecimal.ZERO);
  }
}
