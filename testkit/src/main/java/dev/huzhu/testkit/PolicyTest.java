package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import org.immutables.value.Value;

/**
 * A policy test read from a file (docs/files.md#policy-test-files): a policy, a dataset and named expectations about
 * the report of the one under the other. Immutable and thread-safe; the report is made once, on
 * first use.
 */
@Value.Immutable
public abstract class PolicyTest {
  /** The file it was read from, as problems and outcomes name it. */
  public abstract String file();

  /** The policy the file names. */
  public abstract Policy policy();

  /** The dataset, read from its files or written inline. */
  public abstract Dataset dataset();

  /** The expectations, in the file's order. */
  public abstract ImmutableList<PolicyTestCase> cases();

  /** A builder of a policy test. */
  public static ImmutablePolicyTest.Builder builder() {
    return ImmutablePolicyTest.builder();
  }

  /** The report of the dataset under the policy, with every evidence id. */
  @Value.Lazy
  public Report report() {
    return Assessment.of(policy()).withEvidenceLimit(Integer.MAX_VALUE).run(dataset());
  }

  /** Checks every expectation, in the file's order; each outcome carries its place in the file. */
  public ImmutableList<ExpectationOutcome> run() {
    return cases().stream().map(c -> c.expectation().check(report()).at(c.location()))
        .collect(ImmutableList.toImmutableList());
  }
}
