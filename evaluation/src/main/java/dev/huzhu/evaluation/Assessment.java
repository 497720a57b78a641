package dev.huzhu.evaluation;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.math.Ratio;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.ImmutableReport;
import dev.huzhu.evaluation.report.ImmutableSubjectResult;
import dev.huzhu.evaluation.report.Ranking;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.AssessedSubject;
import dev.huzhu.evaluation.subject.SubjectResolver;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Applies a policy to a dataset and yields a {@link Report} (捆绑考核) — the facade for embedding
 * and JShell: {@code Assessment.of(policy).run(dataset)}.
 *
 * <p>The activity log is read once; per subject, each log measure keeps a mergeable accumulator,
 * so {@link #runParallel(Dataset)} and {@link #runParallel(Dataset, Stream)} evaluate a large log
 * on all cores and give the same report as a sequential run, whatever the order of the records.
 * Memory grows with the number of subjects, not of records (except that
 * {@code followUpCoverage} remembers each delivery and follow-up of a subject): each raw value
 * keeps at most {@link #evidenceLimit()} evidence ids (the smallest, so the report is the same for
 * any order), and its count of records in full; {@link #withEvidenceLimit(int)} changes the bound.
 * Every run first checks the policy against the dataset: a community {@code subjects.within}
 * names that the dataset does not hold is a {@link PolicyMismatchException}, never an empty table.
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
    List<Problem> mismatches = policy.validate(dataset);
    if (!mismatches.isEmpty()) {
      throw new PolicyMismatchException(policy.id(), mismatches);
    }
    ImmutableList<AssessedSubject> subjects = SubjectResolver.resolve(policy.subjects(), dataset);
    LogPass pass = LogPass.of(policy, subjects, evidenceLimit);
    LogPass.Tally tally = threads == 1 ? pass.read(log) : ParallelReader.read(pass, log, threads);
    ImmutableList<Scorer.Scored> scored = Scorer.score(policy, tally.subjects());
    Map<String, List<Ratio>> sections = new HashMap<>();
    scored.forEach(s -> sections.put(s.result().id(), s.sections()));
    ImmutableList<SubjectResult> ordered = assignBands(Ranking.rank(
        scored.stream().map(Scorer.Scored::result).toList(),
        Ranking.order(r -> sections.get(r.id()))));
    ImmutableReport.Builder report = Report.builder().policyId(policy.id()).title(policy.title())
        .period(policy.period()).subjects(ordered);
    for (Award award : policy.awards()) {
      report.addAwards(award.winners(ordered,
          (subject, member) -> policy.rounding().keep(
              tally.subject(subject.id()).individual(award, member.person()))));
    }
    policy.bundling().ifPresent(b -> report.personal(b.personalPoints(ordered, dataset)));
    return report.build();
  }

  /** The subjects with the band the policy's grading gives each; as they are without grading. */
  private ImmutableList<SubjectResult> assignBands(ImmutableList<SubjectResult> ordered) {
    if (policy.grading().isEmpty()) {
      return ordered;
    }
    ImmutableList<Band> bands = policy.grading().get().assign(ordered);
    ImmutableList.Builder<SubjectResult> banded = ImmutableList.builder();
    for (int i = 0; i < ordered.size(); i++) {
      banded.add(ImmutableSubjectResult.copyOf(ordered.get(i)).withBand(bands.get(i).id())
          .withBandLabel(bands.get(i).label()));
    }
    return banded.build();
  }
}
