package dev.huzhu.evaluation;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.measure.Accumulator;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.MeasureContext;
import dev.huzhu.evaluation.measure.RawValue;
import dev.huzhu.evaluation.measure.SubjectMeasure;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One subject's part of the pass over the activity log: an accumulator for each log measure of
 * the policy, and for each member one per people award with an individual criterion, over the
 * activities they led. The tally of one part of the log merges with the same subject's tally of
 * another part. Not thread-safe: one per thread, merged after.
 */
final class SubjectTally {
  private final AssessedSubject subject;
  private final MeasureContext context;
  /** Equal measures share an accumulator: it would see the same activities twice over. */
  private final Map<LogMeasure, Accumulator> byMeasure = new LinkedHashMap<>();
  /** The accumulators of {@link #byMeasure}, for the loop that every activity goes through. */
  private final Accumulator[] accumulators;
  /** Person → people award → the accumulator of its criterion. */
  private final Map<String, Map<Award, Accumulator>> byPerson = new HashMap<>();

  SubjectTally(AssessedSubject subject, MeasureContext context, List<LogMeasure> measures,
      List<Award> individualAwards) {
    this.subject = subject;
    this.context = context;
    measures.forEach(m -> byMeasure.computeIfAbsent(m, k -> k.newAccumulator(context)));
    this.accumulators = byMeasure.values().toArray(new Accumulator[0]);
    if (!individualAwards.isEmpty()) {
      for (SubjectMember member : subject.members()) {
        // a person listed twice is tallied in the first role the subject lists them in
        if (byPerson.containsKey(member.person())) {
          continue;
        }
        Map<Award, Accumulator> accumulators = new LinkedHashMap<>();
        for (Award award : individualAwards) {
          if (award.roles().contains(member.role())) {
            accumulators.put(award, criterion(award).newAccumulator(context));
          }
        }
        byPerson.put(member.person(), accumulators);
      }
    }
  }

  AssessedSubject subject() {
    return subject;
  }

  /** Takes an activity credited to the subject and dated in the period. */
  void accept(Activity activity) {
    for (Accumulator a : accumulators) {
      a.accept(activity);
    }
    if (byPerson.isEmpty()) {
      // no people award to tally: the leads need not be found
      return;
    }
    for (String lead : activity.leads()) {
      Map<Award, Accumulator> accumulators = byPerson.get(lead);
      if (accumulators != null) {
        accumulators.values().forEach(a -> a.accept(activity));
      }
    }
  }

  /** Adds the same subject's tally of another part of the log into this one. */
  void merge(SubjectTally other) {
    byMeasure.forEach((measure, a) -> a.merge(other.byMeasure.get(measure)));
    byPerson.forEach((person, accumulators) -> {
      Map<Award, Accumulator> theirs = other.byPerson.get(person);
      accumulators.forEach((award, a) -> a.merge(theirs.get(award)));
    });
  }

  /**
   * The subject's raw value for a measure of the policy: from its accumulator for a log measure,
   * from the subject itself (its score records, its structure, its teachers) otherwise.
   */
  RawValue raw(Measure measure) {
    return measure instanceof LogMeasure log
        ? log.toRaw(byMeasure.get(log))
        : ((SubjectMeasure) measure).evaluate(context);
  }

  /** A member's raw value for a people award's individual criterion: over the activities they led. */
  RawValue individual(Award award, String person) {
    return criterion(award).toRaw(byPerson.get(person).get(award));
  }

  private static LogMeasure criterion(Award award) {
    // the policy validator admits only log measures as individual criteria
    return (LogMeasure) award.individual().orElseThrow().measure();
  }
}
