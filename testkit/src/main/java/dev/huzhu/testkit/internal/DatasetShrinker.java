package dev.huzhu.testkit.internal;

import dev.huzhu.core.Dataset;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Shrinks a dataset on which a check fails to a small one on which it still fails, so that the
 * counterexample a policy author reads is a handful of records.
 *
 * <p>In turn it drops the assessed subjects (teams of the policy's kinds, party pairings,
 * exchanges), then the other groups (other teams, student pairings), then activities, then score
 * records — each in halves, then quarters, … down to single ones (delta debugging), keeping a
 * candidate whenever it is a valid dataset on which the check still fails (and that still holds
 * every community the selection's {@code within} names) — and repeats the round
 * while it makes progress. A subject dropped leaves every activity's credited list, and an
 * activity credited to nothing else goes with it; an activity dropped takes its follow-ups along.
 * Last, people, communities, schools and party branches that nothing refers to are dropped, so
 * that the dataset's JSON is short. Each candidate re-checked is a step; {@link #withMaxSteps}
 * bounds them. Immutable and thread-safe.
 */
public final class DatasetShrinker {
  /** The default bound on candidates re-checked. */
  public static final int DEFAULT_MAX_STEPS = 2000;

  private final SubjectSelection assessed;
  private final int maxSteps;

  private DatasetShrinker(SubjectSelection assessed, int maxSteps) {
    this.assessed = assessed;
    this.maxSteps = maxSteps;
  }

  /** A shrinker that drops the subjects this selection assesses before any other group. */
  public static DatasetShrinker of(SubjectSelection assessed) {
    return new DatasetShrinker(Objects.requireNonNull(assessed, "assessed"), DEFAULT_MAX_STEPS);
  }

  /** This shrinker re-checking at most {@code steps} candidates (0: none, the dataset as given). */
  public DatasetShrinker withMaxSteps(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("a bound on shrink steps is 0 or more, not " + steps);
    }
    return new DatasetShrinker(assessed, steps);
  }

  /** The most candidates tried before shrinking stops. */
  public int maxSteps() {
    return maxSteps;
  }

  /**
   * The smallest dataset found on which {@code stillFails} holds, starting from {@code failing}
   * (valid, and failing). The predicate is only ever given valid datasets.
   */
  public ShrinkResult shrink(Dataset failing, Predicate<Dataset> stillFails) {
    Run run = new Run(failing, stillFails);
    boolean progress = true;
    while (progress && run.steps < maxSteps) {
      progress = run.ddmin(this::assessedIds, Removal::withoutGroups)
          | run.ddmin(this::otherGroupIds, Removal::withoutGroups)
          | run.ddmin(Removal::activityIds, Removal::withoutActivities)
          | run.ddmin(Removal::scoreKeys, Removal::withoutScores);
    }
    // tidying only shortens the listing; each part on its own in case the check needs it
    if (!run.attempt(Removal.withoutIdlePlaces(Removal.withoutIdlePeople(run.current)))) {
      run.attempt(Removal.withoutIdlePeople(run.current));
      run.attempt(Removal.withoutIdlePlaces(run.current));
    }
    return ShrinkResult.builder().dataset(run.current).steps(run.steps).reductions(run.reductions)
        .exhausted(run.steps >= maxSteps).build();
  }

  /** Whether the candidate lost a community the selection's {@code within} names. */
  private boolean lacksCommunityAssessed(Dataset d) {
    return assessed.within().stream().anyMatch(c -> d.community(c).isEmpty());
  }

  private List<String> assessedIds(Dataset d) {
    return SubjectResolver.resolve(assessed, d).stream().map(AssessedSubject::id).toList();
  }

  private List<String> otherGroupIds(Dataset d) {
    Set<String> subjects = new HashSet<>(assessedIds(d));
    return Removal.groups(d).stream().filter(id -> !subjects.contains(id)).toList();
  }

  /** One shrinking: the dataset so far and the steps spent. */
  private final class Run {
    Dataset current;
    final Predicate<Dataset> stillFails;
    int steps;
    int reductions;

    Run(Dataset failing, Predicate<Dataset> stillFails) {
      this.current = failing;
      this.stillFails = stillFails;
    }

    /** Keeps the candidate when it is smaller, valid and still fails. */
    boolean attempt(Dataset candidate) {
      if (steps >= maxSteps || candidate.equals(current)) {
        return false;
      }
      steps++;
      if (!candidate.validate().isEmpty() || lacksCommunityAssessed(candidate)
          || !stillFails.test(candidate)) {
        return false;
      }
      current = candidate;
      reductions++;
      return true;
    }

    /**
     * Delta debugging over one kind of item: drop all of them, then each half, each quarter, …,
     * each single one, keeping every drop that still fails; after a drop, the chunks grow again.
     */
    boolean ddmin(Function<Dataset, List<String>> itemsOf,
        BiFunction<Dataset, Set<String>, Dataset> without) {
      List<String> items = itemsOf.apply(current);
      if (items.isEmpty()) {
        return false;
      }
      if (attempt(without.apply(current, new HashSet<>(items)))) {
        return true;
      }
      boolean progress = false;
      int chunks = 2;
      while (items.size() > 1 && steps < maxSteps) {
        chunks = Math.min(chunks, items.size());
        boolean dropped = false;
        for (int c = 0; c < chunks && !dropped; c++) {
          Set<String> chunk = new LinkedHashSet<>(slice(items, chunks, c));
          dropped = attempt(without.apply(current, chunk));
        }
        if (dropped) {
          progress = true;
          items = itemsOf.apply(current);
          chunks = Math.max(chunks - 1, 2);
        } else if (chunks >= items.size()) {
          break;
        } else {
          chunks = Math.min(items.size(), chunks * 2);
        }
      }
      return progress;
    }
  }

  /** Chunk {@code c} of {@code n} nearly equal, consecutive chunks. */
  private static List<String> slice(List<String> items, int n, int c) {
    int from = (int) ((long) items.size() * c / n);
    int to = (int) ((long) items.size() * (c + 1) / n);
    return new ArrayList<>(items.subList(from, to));
  }
}
