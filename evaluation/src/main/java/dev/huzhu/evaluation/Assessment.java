package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.measure.Accumulator;
import dev.huzhu.evaluation.measure.LogMeasure;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.Ranking;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies a policy to a dataset and yields a {@link Report} (捆绑考核) — the facade for embedding
 * and JShell: {@code Assessment.of(policy).run(dataset)}.
 *
 * <p>The activity log is read once; per subject, each log measure keeps a mergeable accumulator,
 * so {@link #runParallel(Dataset)} and {@link #runParallel(Dataset, Stream)} evaluate a large log
 * on all cores and give the same report as a sequential run, whatever the order of the records. Memory grows with the number of subjects, not of records (except that
 * {@code followUpCoverage} remembers each delivery and follow-up of a subject): each raw value
 * keeps at most {@link #evidenceLimit()} evidence ids (the smallest, so the report is the same for
 * any order), and its count of records in full; {@link #withEvidenceLimit(int)} changes the bound.
 * Immutable and thread-safe.
 */
public final class Assessment {
  /** The default number of evidence ids kept per raw value. */
  public static final int DEFAULT_EVIDENCE_LIMIT = 100;

  private final Policy policy;
  private final int evidenceLimit;

  private Assessment(Policy policy, int evidenceLimit) {
    this.policy = policy;
    this.evidenceLimit = evidenceLimit;
  }

  /** An assessment under the policy; an {@link InvalidPolicyException} if it is invalid. */
  public static Assessment of(Policy policy) {
    List<Problem> problems = policy.validate();
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(policy.id(), problems);
    }
    return new Assessment(policy, DEFAULT_EVIDENCE_LIMIT);
  }

  public Policy policy() {
    return policy;
  }

  public int evidenceLimit() {
    return evidenceLimit;
  }

  /** This assessment keeping up to {@code limit} evidence ids per raw value ({@code Integer.MAX_VALUE}: all). */
  public Assessment withEvidenceLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("an evidence limit is 0 or more, not " + limit);
    }
    return new Assessment(policy, limit);
  }

  /** Assesses a valid dataset, reading its activity log on one thread. */
  public Report run(Dataset dataset) {
    return assess(dataset.requireValid(), dataset.activities().iterator(), 1);
  }

  /**
   * Assesses a valid dataset, reading its activity log on every core; the same report as
   * {@link #run(Dataset)}.
   */
  public Report runParallel(Dataset dataset) {
    return assess(dataset.requireValid(), dataset.activities().iterator(), cores());
  }

  /**
   * Assesses a dataset whose activity log (or the rest of it) arrives as a stream, read once, in
   * order, and never held: the dataset's own activities are read first. The dataset is validated;
   * the records of the stream are trusted to have been checked by whoever produced them (the io
   * module's readers do).
   */
  public Report run(Dataset dataset, Stream<Activity> log) {
    return assess(dataset.requireValid(), concat(dataset, log), 1);
  }

  /**
   * As {@link #run(Dataset, Stream)}, evaluating the log on every core: one thread reads the
   * stream in order and hands batches to the others, so memory stays bounded however long the
   * log. The same report as a sequential run.
   */
  public Report runParallel(Dataset dataset, Stream<Activity> log) {
    return assess(dataset.requireValid(), concat(dataset, log), cores());
  }

  private static Iterator<Activity> concat(Dataset dataset, Stream<Activity> log) {
    return Stream.concat(dataset.activities().stream(), log.sequential()).iterator();
  }

  private static int cores() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private Report assess(Dataset dataset, Iterator<Activity> log, int threads) {
    ImmutableList<AssessedSubject> subjects = SubjectResolver.resolve(policy.subjects(), dataset);
    ImmutableList<LogMeasure> individual = individualMeasures();
    List<Integer> slots = new ArrayList<>();
    ImmutableList.Builder<Set<TeamRole>> roles = ImmutableList.builder();
    int slot = 0;
    for (Award a : policy.awards()) {
      slots.add(a.individual().isPresent() ? slot++ : -1);
      if (a.individual().isPresent()) {
        roles.add(a.roles());
      }
    }
    LogPass pass = new LogPass(subjects, Scorer.logMeasures(policy), individual, roles.build(),
        policy.period(), evidenceLimit);
    LogPass.State state;
    if (threads == 1) {
      state = pass.new State();
      while (log.hasNext()) {
        state.accept(log.next());
      }
    } else {
      state = ParallelReader.read(pass, log, threads);
    }
    Scorer.Scored scored = new Scorer(policy, subjects, state).score();

    List<SubjectResult> unordered = new ArrayList<>();
    for (int s = 0; s < subjects.size(); s++) {
      AssessedSubject subject = subjects.get(s);
      unordered.add(SubjectResult.builder().id(subject.id()).kind(subject.kind()).label(subject.label())
          .order(0).rank(0).total(scored.totals.get(s)).vetoed(scored.vetoed.get(s))
          .sections(scored.sections.get(s)).adjustments(scored.adjustments.get(s))
          .vetoes(scored.vetoes.get(s)).members(subject.members()).build());
    }
    List<SubjectResult> ranked = Ranking.rank(unordered);
    List<Band> bands = policy.grading().map(g -> g.assign(ranked)).orElse(null);
    List<SubjectResult> ordered = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      ImmutableSubjectResult.Builder r = SubjectResult.builder().copyFrom(ranked.get(i));
      if (bands != null) {
        r.grade(bands.get(i).grade()).gradeLabel(bands.get(i).label());
      }
      ordered.add(r.build());
    }

    Map<String, Map<String, Accumulator[]>> byPerson = new HashMap<>();
    for (int s = 0; s < subjects.size(); s++) {
      byPerson.put(subjects.get(s).id(), state.byPerson.get(s));
    }
    List<AwardResult> awards = new ArrayList<>();
    for (int a = 0; a < policy.awards().size(); a++) {
      int at = slots.get(a);
      awards.add(policy.awards().get(a).winners(ordered, (s, m) ->
          individual.get(at).toRaw(byPerson.get(s.id()).get(m.person())[at])));
    }
    ImmutableReport.Builder report = Report.builder().policyId(policy.id()).title(policy.title())
        .period(policy.period()).subjects(ordered).awards(awards);
    policy.bundling().ifPresent(b -> report.personal(b.personalPoints(ordered, dataset)));
    return report.build();
  }

  private ImmutableList<LogMeasure> individualMeasures() {
    ImmutableList.Builder<LogMeasure> measures = ImmutableList.builder();
    for (Award a : policy.awards()) {
      a.individual().ifPresent(i -> measures.add((LogMeasure) i.measure()));
    }
    return measures.build();
  }
}
