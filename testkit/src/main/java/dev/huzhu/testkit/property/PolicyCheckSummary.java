package dev.huzhu.testkit.property;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.synthetic.Scale;
import java.util.Optional;
import org.immutables.value.Value;
import org.opentest4j.AssertionFailedError;

/**
 * What the property checks of one policy found, the whole run of {@link PolicyChecks}: the seeds
 * and scale, and a {@link PropertyVerdict} per property — the seeds tried and whether it held,
 * applied to no seed, or failed with a shrunk counterexample. {@link #assertPassed()} turns a
 * failure into a JUnit assertion error. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyCheckSummary {
  /** The id of the policy checked. */
  public abstract String policyId();

  /** The first seed run. */
  public abstract long firstSeed();

  /** The last seed run, included. */
  public abstract long lastSeed();

  /** The scale of each generated dataset. */
  public abstract Scale scale();

  /** One verdict per property, in the order the properties were given. */
  public abstract ImmutableList<PropertyVerdict> verdicts();

  /** A builder of a summary. */
  public static ImmutablePolicyCheckSummary.Builder builder() {
    return ImmutablePolicyCheckSummary.builder();
  }

  /** Whether no property failed (a property that applied to no seed does not fail). */
  public boolean passed() {
    return failures().isEmpty();
  }

  /** The properties that failed, each with its counterexample. */
  public ImmutableList<PropertyVerdict> failures() {
    return verdicts().stream().filter(r -> r.status() == PropertyVerdict.Status.FAILED)
        .collect(ImmutableList.toImmutableList());
  }

  /** The verdict on a property, by name. */
  public Optional<PropertyVerdict> verdict(String property) {
    return verdicts().stream().filter(r -> r.property().equals(property)).findFirst();
  }

  /** The names of the properties that applied to no seed. */
  public ImmutableList<String> notApplicable() {
    return verdicts().stream().filter(r -> r.status() == PropertyVerdict.Status.NOT_APPLICABLE)
        .map(PropertyVerdict::property).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns quietly when every property passed; otherwise throws an {@link AssertionFailedError}
   * that lists each failed property's counterexample, seed included.
   */
  public void assertPassed() {
    if (passed()) {
      return;
    }
    StringBuilder message = new StringBuilder();
    message.append("policy ").append(policyId()).append(" fails ").append(failures().size())
        .append(" of ").append(verdicts().size()).append(" property checks (seeds ")
        .append(firstSeed()).append(" to ").append(lastSeed()).append(", ").append(scaleText())
        .append(")\n");
    for (PropertyVerdict r : failures()) {
      message.append('\n').append(r.counterexample().map(Counterexample::toString).orElse(r.toString()));
    }
    throw new AssertionFailedError(message.toString());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("property checks of policy " + policyId() + ", seeds "
        + firstSeed() + " to " + lastSeed() + ", " + scaleText() + ":");
    verdicts().forEach(r -> text.append("\n  ").append(r));
    return text.toString();
  }

  // as it is written in code: Scale.of(communities, partyPairings, activities)
  private String scaleText() {
    return "Scale.of(" + scale().communities() + ", " + scale().partyPairings() + ", "
        + scale().activities() + ")";
  }
}
