package dev.huzhu.evaluation.policy;

import com.google.common.collect.ImmutableSet;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.team.TeamKind;
import org.immutables.value.Value;

/**
 * What a policy assesses (考核对象): teams of the given kinds (the 中心教研组 above all), party
 * pairings (双结对), exchanges of the given kinds (交流教师), or a mix. At least one must be chosen,
 * which the policy validator checks. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubjectSelection {
  public abstract ImmutableSet<TeamKind> teamKinds();

  /** Whether party pairings are assessed. */
  @Value.Default
  public boolean partyPairings() {
    return false;
  }

  public abstract ImmutableSet<ExchangeKind> exchangeKinds();

  public static ImmutableSubjectSelection.Builder builder() {
    return ImmutableSubjectSelection.builder();
  }

  /** Teams of these kinds. */
  public static SubjectSelection teams(TeamKind... kinds) {
    return builder().addTeamKinds(kinds).build();
  }

  /** Every party pairing. */
  public static SubjectSelection partyPairingsOnly() {
    return builder().partyPairings(true).build();
  }

  /** Exchanges of these kinds. */
  public static SubjectSelection exchanges(ExchangeKind... kinds) {
    return builder().addExchangeKinds(kinds).build();
  }

  /** Whether nothing at all is selected. */
  public boolean isEmpty() {
    return teamKinds().isEmpty() && !partyPairings() && exchangeKinds().isEmpty();
  }
}
