package dev.huzhu.testkit;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.DatasetFiles;
import dev.huzhu.io.PolicyFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point of policy tests in JUnit (the way Timefold's {@code ConstraintVerifier} is):
 * a policy, then a dataset — a whole one, or a structure with a few records built in the test —
 * and then assertions on the report, each of which, when it fails, shows the explanation of the
 * figure it checked.
 *
 * <pre>{@code
 * PolicyVerifier.of(policy).given(dataset)
 *     .subject("g-zc-math3").hasTotal("92.00").hasBand("EXCELLENT").isOrderedBefore("g-zc-chinese3");
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class PolicyVerifier {
  private final Assessment assessment;

  private PolicyVerifier(Assessment assessment) {
    this.assessment = assessment;
  }

  /**
   * A verifier of the policy.
   *
   * @throws dev.huzhu.evaluation.InvalidPolicyException with every problem when it is invalid
   */
  public static PolicyVerifier of(Policy policy) {
    // evidence in full: an explanation lists every record behind a figure
    return new PolicyVerifier(Assessment.of(policy).withEvidenceLimit(Integer.MAX_VALUE));
  }

  /**
   * A verifier of the policy in a file (YAML or JSON), as policy authors keep them.
   *
   * @throws dev.huzhu.io.InvalidFileException with every problem of the file or of its policy
   */
  public static PolicyVerifier of(Path policyFile) {
    return of(PolicyFiles.read(policyFile));
  }

  /** The policy verified. */
  public Policy policy() {
    return assessment.policy();
  }

  /**
   * Assesses a dataset and returns the assertions on its report.
   *
   * @throws dev.huzhu.core.validation.InvalidDatasetException with every problem when the dataset
   *     is invalid
   */
  public ReportAssert given(Dataset dataset) {
    return new ReportAssert(assessment.run(dataset));
  }

  /**
   * Assesses the dataset of a file (JSON) with its activity logs (CSV or JSON Lines) and score
   * files (CSV) beside it.
   *
   * @throws dev.huzhu.io.InvalidFileException with every problem of the files and the dataset
   */
  public ReportAssert given(Path datasetFile, List<Path> activityLogs, List<Path> scoreFiles) {
    return given(DatasetFiles.read(datasetFile, activityLogs, scoreFiles));
  }

  /** Assesses a dataset's structure with these activities added to its log. */
  public ReportAssert given(Dataset structure, Activity... activities) {
    return given(structure, Arrays.asList(activities), ImmutableList.of());
  }

  /** Assesses a dataset's structure with these activities and score records added. */
  public ReportAssert given(Dataset structure, Iterable<Activity> activities,
      Iterable<ScoreRecord> scores) {
    return given(Dataset.builder().copyFrom(structure).addAllActivities(activities)
        .addAllScores(scores).build());
  }
}
