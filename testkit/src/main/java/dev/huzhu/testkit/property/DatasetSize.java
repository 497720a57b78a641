package dev.huzhu.testkit.property;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.subject.SubjectResolver;
import org.immutables.value.Value;

/**
 * How big a dataset is, in what matters to a counterexample: the subjects a policy assesses, the
 * activities and the score records. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DatasetSize {
  /** How many subjects the policy assesses in the dataset. */
  @Value.Parameter
  public abstract int subjects();

  /** How many activities the log holds. */
  @Value.Parameter
  public abstract int activities();

  /** How many score records the dataset holds. */
  @Value.Parameter
  public abstract int scoreRecords();

  /** A size of so many subjects, activities and score records. */
  public static DatasetSize of(int subjects, int activities, int scoreRecords) {
    return ImmutableDatasetSize.of(subjects, activities, scoreRecords);
  }

  /** The size of a dataset, counting the subjects the selection assesses in it. */
  public static DatasetSize of(Dataset dataset, SubjectSelection assessed) {
    return of(SubjectResolver.resolve(assessed, dataset).size(), dataset.activities().size(),
        dataset.scores().size());
  }

  @Override
  public String toString() {
    return plural(subjects(), "subject") + ", " + plural(activities(), "activity", "activities")
        + ", " + plural(scoreRecords(), "score record");
  }

  private static String plural(int n, String one) {
    return plural(n, one, one + "s");
  }

  private static String plural(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
