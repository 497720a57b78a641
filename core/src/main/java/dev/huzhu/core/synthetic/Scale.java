package dev.huzhu.core.synthetic;

import dev.huzhu.core.HuzhuStyle;
import org.immutables.value.Value;

/**
 * How big a synthetic dataset is: how many communities of schools, how many party pairings
 * (双结对), and how many activities in the log. Everything else (schools, teachers, teams,
 * exchanges, pupils, score records) follows from the communities. Immutable and thread-safe.
 */
@Value.Immutable
@HuzhuStyle
public abstract class Scale {
  /** Communities of schools; at least one. */
  @Value.Parameter
  public abstract int communities();

  /** Party pairings; zero or more. */
  @Value.Parameter
  public abstract int partyPairings();

  /** Activities in the log, follow-ups included; zero or more. */
  @Value.Parameter
  public abstract long activities();

  public static Scale of(int communities, int partyPairings, long activities) {
    return ImmutableScale.of(communities, partyPairings, activities);
  }

  /** One community, one party pairing, 40 activities. */
  public static Scale tiny() {
    return of(1, 1, 40);
  }

  /** Three communities, four party pairings, 600 activities. */
  public static Scale small() {
    return of(3, 4, 600);
  }

  /** Twenty communities, thirty party pairings, 50,000 activities. */
  public static Scale medium() {
    return of(20, 30, 50_000);
  }

  /** This scale with another size of activity log. */
  public Scale withActivityCount(long activities) {
    return of(communities(), partyPairings(), activities);
  }

  @Value.Check
  protected void check() {
    if (communities() < 1 || partyPairings() < 0 || activities() < 0) {
      throw new IllegalArgumentException("a scale needs at least one community and no negative"
          + " counts: " + communities() + " communities, " + partyPairings()
          + " party pairings, " + activities() + " activities");
    }
  }
}
