package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Accumulator;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.MeasureContext;
import dev.huzhu.evaluation.policy.Period;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collector;

/**
 * The one pass over the activity log: per subject, an accumulator for every log measure of the
 * policy, and per member an accumulator for every individual award criterion (over the activities
 * they led). States merge, so the log can be split across cores and read in any order.
 */
final class LogPass {
  private final ImmutableList<AssessedSubject> subjects;
  private final Map<String, Integer> index = new HashMap<>();
  private final ImmutableList<LogMeasure> measures;
  private final ImmutableList<LogMeasure> individual;
  private final ImmutableList<Set<TeamRole>> individualRoles;
  private final Period period;
  private final int evidenceLimit;

  LogPass(ImmutableList<AssessedSubject> subjects, ImmutableList<LogMeasure> measures,
      ImmutableList<LogMeasure> individual, ImmutableList<Set<TeamRole>> individualRoles,
      Period period, int evidenceLimit) {
    this.subjects = subjects;
    this.measures = measures;
    this.individual = individual;
    this.individualRoles = individualRoles;
    this.period = period;
    this.evidenceLimit = evidenceLimit;
    for (int s = 0; s < subjects.size(); s++) {
      index.put(subjects.get(s).id(), s);
    }
  }

  /** The accumulators of one part of the log. */
  final class State {
    final Accumulator[][] bySubject = new Accumulator[subjects.size()][];
    /** subject → person → one accumulator per individual criterion. */
    final List<Map<String, Accumulator[]>> byPerson = new java.util.ArrayList<>();

    State() {
      for (int s = 0; s < subjects.size(); s++) {
        AssessedSubject subject = subjects.get(s);
        MeasureContext context = MeasureContext.of(subject, period.from(), period.to(), evidenceLimit);
        bySubject[s] = new Accumulator[measures.size()];
        for (int m = 0; m < measures.size(); m++) {
          bySubject[s][m] = measures.get(m).newAccumulator(context);
        }
        Map<String, Accumulator[]> people = new LinkedHashMap<>();
        for (SubjectMember member : subject.members()) {
          Accumulator[] accs = new Accumulator[individual.size()];
          for (int i = 0; i < individual.size(); i++) {
            accs[i] = individualRoles.get(i).contains(member.role())
                ? individual.get(i).newAccumulator(context) : null;
          }
          people.putIfAbsent(member.person(), accs);
        }
        byPerson.add(people);
      }
    }

    void accept(Activity a) {
      if (!period.contains(a.date())) {
        return;
      }
      List<String> credited = a.credited();
      for (int c = 0; c < credited.size(); c++) {
        Integer s = index.get(credited.get(c));
        if (s == null || credited.subList(0, c).contains(credited.get(c))) {
          continue;
        }
        for (Accumulator acc : bySubject[s]) {
          acc.accept(a);
        }
        if (!individual.isEmpty()) {
          for (String lead : a.leads()) {
            Accumulator[] accs = byPerson.get(s).get(lead);
            if (accs != null) {
              for (Accumulator acc : accs) {
                if (acc != null) {
                  acc.accept(a);
                }
              }
            }
          }
        }
      }
    }

    State merge(State other) {
      for (int s = 0; s < subjects.size(); s++) {
        for (int m = 0; m < measures.size(); m++) {
          bySubject[s][m].merge(other.bySubject[s][m]);
        }
        Map<String, Accumulator[]> mine = byPerson.get(s);
        other.byPerson.get(s).forEach((person, accs) -> {
          Accumulator[] into = mine.get(person);
          for (int i = 0; i < accs.length; i++) {
            if (accs[i] != null) {
              into[i].merge(accs[i]);
            }
          }
        });
      }
      return this;
    }
  }

  /** Reads a log (sequential or parallel) into one merged state. */
  Collector<Activity, State, State> collector() {
    return Collector.of(State::new, State::accept, State::merge);
  }
}
