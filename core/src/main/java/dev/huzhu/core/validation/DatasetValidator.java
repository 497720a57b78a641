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
 * <p>The rules (SPEC §2): unique ids; every reference resolves to an element of the right kind;
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
    Map<String, String> owners = new HashMap<>();
    ids(d.schools(), "schools", s -> s.id(), owners, problems);
    ids(d.people(), "people", p -> p.id(), owners, problems);
    ids(d.communities(), "communities", c -> c.id(), owners, problems);
    ids(d.teams(), "teams", t -> t.id(), owners, problems);
    ids(d.exchanges(), "exchanges", e -> e.id(), owners, problems);
    ids(d.studentPairings(), "studentPairings", p -> p.id(), owners, problems);
    ids(d.partyBranches(), "partyBranches", b -> b.id(), owners, problems);
    ids(d.partyPairings(), "partyPairings", p -> p.id(), owners, problems);
    ids(d.activities(), "activities", a -> a.id(), new HashMap<>(), problems);
  }

  private static <T> void ids(List<T> values, String collection, Function<T, String> id,
      Map<String, String> owners, Problems problems) {
    for (int i = 0; i < values.size(); i++) {
      String path = Problems.at(collection, i);
      String previous = owners.putIfAbsent(id.apply(values.get(i)), path);
      if (previous != null) {
        problems.add(CoreProblemCode.DUPLICATE_ID, path + ".id",
            "id " + id.apply(values.get(i)) + " is already used by " + previous);
      }
    }
  }
}
