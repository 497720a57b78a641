package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.MeasureContext;
import dev.huzhu.evaluation.policy.Adjustment;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Veto;
import dev.huzhu.evaluation.subject.AssessedSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * The one pass over the activity log: each activity dated in the period goes, once, to the
 * {@link SubjectTally} of every assessed subject it belongs to — those it is credited to, and a
 * school's or community's through the ids and host schools that reach them
 * ({@link AssessedSubject#creditedVia()}, {@link AssessedSubject#hostedAt()}), looked up in two
 * maps built once. A {@link Tally} of one part of the log merges with another's, so the log can
 * be split across cores and read in any order.
 */
final class LogPass {
  private final ImmutableList<AssessedSubject> subjects;
  private final Map<String, Integer> index = new HashMap<>();
  /** A credited id → the subjects it reaches, ascending. */
  private final Map<String, int[]> byCredited;
  /** A host school → the subjects its hosting reaches, ascending. */
  private final Map<String, int[]> byHost;
  private final ImmutableList<LogMeasure> measures;
  private final ImmutableList<Award> individualAwards;
  private final AssessmentPeriod period;
  private final int evidenceLimit;

  private LogPass(Policy policy, ImmutableList<AssessedSubject> subjects, int evidenceLimit) {
    this.subjects = subjects;
    this.measures = logMeasures(policy);
    this.individualAwards = policy.awards().stream().filter(a -> a.individual().isPresent())
        .collect(ImmutableList.toImmutableList());
    this.period = policy.period();
    this.evidenceLimit = evidenceLimit;
    Map<String, List<Integer>> credited = new HashMap<>();
    Map<String, List<Integer>> hosts = new HashMap<>();
    for (int s = 0; s < subjects.size(); s++) {
      index.put(subjects.get(s).id(), s);
      for (String id : subjects.get(s).creditedVia()) {
        credited.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
      }
      for (String school : subjects.get(s).hostedAt()) {
        hosts.computeIfAbsent(school, k -> new ArrayList<>()).add(s);
      }
    }
    this.byCredited = routes(credited);
    this.byHost = routes(hosts);
  }

  private static Map<String, int[]> routes(Map<String, List<Integer>> lists) {
    Map<String, int[]> routes = new HashMap<>();
    lists.forEach((id, s) -> routes.put(id, s.stream().mapToInt(Integer::intValue).toArray()));
    return routes;
  }

  /** A policy's pass over the log of these subjects, keeping that many evidence ids per raw value. */
  static LogPass of(Policy policy, ImmutableList<AssessedSubject> subjects, int evidenceLimit) {
    return new LogPass(policy, subjects, evidenceLimit);
  }

  /** The measures of a policy's metrics, adjustments and vetoes that read the log. */
  static ImmutableList<LogMeasure> logMeasures(Policy policy) {
    Stream<Measure> all = Stream.of(
        policy.sections().stream().flatMap(s -> s.metrics().stream()).map(Metric::measure),
        policy.adjustments().stream().map(Adjustment::measure),
        policy.vetoes().stream().map(Veto::measure)).flatMap(s -> s);
    return all.filter(LogMeasure.class::isInstance).map(LogMeasure.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  private MeasureContext context(AssessedSubject subject) {
    return MeasureContext.of(subject, period.from(), period.to(), evidenceLimit);
  }

  /** An empty tally, for one part of the log. */
  Tally newTally() {
    return new Tally();
  }

  /** Reads a whole log on this thread. */
  Tally read(Iterator<Activity> log) {
    Tally tally = newTally();
    log.forEachRemaining(tally::accept);
    return tally;
  }

  /** Reads a log (sequential or parallel) into one merged tally. */
  Collector<Activity, Tally, Tally> collector() {
    return Collector.of(Tally::new, Tally::accept, Tally::merge);
  }

  /** Every assessed subject's tally of the part of the log read so far (all of it, once merged). */
  final class Tally {
    private final ImmutableList<SubjectTally> bySubject;
    /** Scratch for one activity: the subjects it has reached already, so each gets it once. */
    private final boolean[] reached = new boolean[subjects.size()];
    private final int[] toVisit = new int[subjects.size()];

    private Tally() {
      bySubject = subjects.stream().map(s -> new SubjectTally(s, context(s), measures, individualAwards))
          .collect(ImmutableList.toImmutableList());
    }

    /** The tallies, one per subject, in the order of the pass's subjects (id order). */
    ImmutableList<SubjectTally> subjects() {
      return bySubject;
    }

    /** The tally of one subject, by id. */
    SubjectTally subject(String id) {
      return bySubject.get(index.get(id));
    }

    void accept(Activity a) {
      if (!period.contains(a.date())) {
        return;
      }
      // an activity credited twice to one subject, or credited to a community's school and
      // hosted by another, counts once for it
      int n = 0;
      List<String> credited = a.credited();
      for (int c = 0; c < credited.size(); c++) {
        n = reach(byCredited.get(credited.get(c)), n);
      }
      if (a.host().isPresent()) {
        n = reach(byHost.get(a.host().get()), n);
      }
      for (int i = 0; i < n; i++) {
        reached[toVisit[i]] = false;
        bySubject.get(toVisit[i]).accept(a);
      }
    }

    private int reach(int[] targets, int n) {
      if (targets == null) {
        return n;
      }
      for (int s : targets) {
        if (!reached[s]) {
          reached[s] = true;
          toVisit[n++] = s;
        }
      }
      return n;
    }

    Tally merge(Tally other) {
      for (int s = 0; s < bySubject.size(); s++) {
        bySubject.get(s).merge(other.bySubject.get(s));
      }
      return this;
    }
  }
}
