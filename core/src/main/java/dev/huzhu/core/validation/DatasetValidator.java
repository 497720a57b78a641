package dev.huzhu.core.validation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a whole {@link Dataset} and returns every problem at once, each with a stable
 * {@link CoreProblemCode}, the path of the offending element and a message naming the values.
 * It never throws for a problem in the data and never repairs or drops anything.
 *
 * <p>The rules (docs/files.md#dataset-validation): unique ids; every reference resolves to an element of the right kind;
 * a community's core school is not among its members and no school is in two communities over
 * overlapping dates; team members come from the team's community, a team has exactly one leader or
 * host, a research group's leader is a teacher of the core school and each member school sends at
 * most one deputy; an exchange sends a person from their own school or unit somewhere else over a
 * term that does not end before it starts; student
 * pairings join an urban and a rural pupil or family; a party pairing has one to three distinct
 * county-unit branches and its people belong to its branches; every activity is credited to a
 * group, its quantities are in range and it follows up only an earlier activity; score records are
 * in range and unique. Rules of a single value's own fields are checked as it is built.
 *
 * <p>Problems come in a stable order: ids first, then each collection in the dataset's order.
 */
public final class DatasetValidator {
  private DatasetValidator() {}

  /** Every problem in the dataset; empty when it is valid. */
  public static ImmutableList<Problem> validate(Dataset dataset) {
    Problems problems = new Problems(dataset);
    checkIds(dataset, problems);
    StructureRules.check(problems);
    PairingRules.check(problems);
    LogRules.check(problems);
    return problems.build();
  }

  /**
   * The problems of one activity of a log read as a stream, against the dataset it belongs to,
   * with paths from the activity ({@code credited[0]}, {@code quantities.rating}). It checks all
   * that {@link #validate} checks of an activity except what needs the whole log at once: that
   * ids are unique across the log and that a follow-up's activity exists and comes first.
   */
  public static ImmutableList<Problem> validateLogRecord(Dataset dataset, Activity activity) {
    return LogRules.checkRecord(dataset, activity);
  }

  private static void checkIds(Dataset d, Problems problems) {
    // an id's first owner is kept as a number (collection, index), and its path written out only
    // for a duplicate: a log of millions of activities would otherwise hold a path string each
    Map<String, Long> owners = new HashMap<>();
    ids(d.schools(), 0, s -> s.id(), owners, problems);
    ids(d.people(), 1, p -> p.id(), owners, problems);
    ids(d.communities(), 2, c -> c.id(), owners, problems);
    ids(d.teams(), 3, t -> t.id(), owners, problems);
    ids(d.exchanges(), 4, e -> e.id(), owners, problems);
    ids(d.studentPairings(), 5, p -> p.id(), owners, problems);
    ids(d.partyBranches(), 6, b -> b.id(), owners, problems);
    ids(d.partyPairings(), 7, p -> p.id(), owners, problems);
    ids(d.activities(), 8, a -> a.id(), new HashMap<>(), problems);
  }

  private static final String[] COLLECTIONS = {"schools", "people", "communities", "teams",
      "exchanges", "studentPairings", "partyBranches", "partyPairings", "activities"};

  private static <T> void ids(List<T> values, int collection, Function<T, String> id,
      Map<String, Long> owners, Problems problems) {
    for (int i = 0; i < values.size(); i++) {
      Long previous = owners.putIfAbsent(id.apply(values.get(i)), ((long) collection << 32) | i);
      if (previous != null) {
        String earlier = Problems.at(COLLECTIONS[(int) (previous >>> 32)], (int) (long) previous);
        problems.add(CoreProblemCode.DUPLICATE_ID, Problems.at(COLLECTIONS[collection], i) + ".id",
            "id " + id.apply(values.get(i)) + " is already used by " + earlier);
      }
    }
  }
}
