package dev.huzhu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.score.ImmutableScoreRecord;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.Section;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of the balance measures and of school, community and pupil-pairing subjects, over seeds
 * of the synthetic generator: raising a member school's final means never widens the final gap;
 * schools with equal values have dispersion 0; shares lie in 0..1; and the report does not depend
 * on input order, streaming or threads.
 */
class BalancePropertiesTest {
  private static final TestKind Q = TestKind.QUALITY_TEST;

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 12).boxed();
  }

  /** Every community, over the synthetic data's whole span, with every balance measure. */
  static Policy balance() {
    return policy(SubjectSelection.communitiesOnly(),
        metric("gap", Measures.gap(Q, Phase.FINAL), RelativeScoring.of()),
        metric("narrowing", Measures.gapChange(Q, ScoreValue.SCORE_RATE), LinearScoring.of(new BigDecimal("0.05"))),
        metric("dispersion", Measures.dispersion(Q, Phase.FINAL), RankScoring.of()),
        metric("exchange", Measures.exchangeShare(), LinearScoring.of(new BigDecimal("0.1"))),
        metric("backbone", Measures.backboneShare(), LinearScoring.of(new BigDecimal("0.2"))),
        metric("improvement", Measures.improvement(Q), RelativeScoring.of()));
  }

  /** Schools, communities and pupil pairings in one list, scored on the log. */
  static Policy mixed() {
    return policy(SubjectSelection.builder().addSchoolLocalities(Locality.values()).communities(true)
            .addStudentPairingKinds(StudentPairingKind.values()).build(),
        metric("count", Measures.count(), RelativeScoring.of()),
        metric("lessons", Measures.sum(Quantity.LESSONS), RankScoring.of()),
        metric("months", Measures.distinctMonths(), LinearScoring.of(new BigDecimal("6"))));
  }

  private static Metric metric(String id, Measure measure, Scoring scoring) {
    return Metric.builder().id(id).label(id).points(BigDecimal.TEN).measure(measure)
        .scoring(scoring).build();
  }

  private static Policy policy(SubjectSelection subjects, Metric... metrics) {
    return Policy.builder().id("balance-properties").title("城乡均衡")
        .period(AssessmentPeriod.of(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31))).subjects(subjects)
        .addSections(Section.builder().id("s").label("s")
            .points(BigDecimal.TEN.multiply(BigDecimal.valueOf(metrics.length)))
            .addMetrics(metrics).build())
        .build();
  }

  private static Dataset dataset(long seed) {
    return AssessmentPropertiesTest.dataset(seed);
  }

  private static Optional<BigDecimal> value(Report report, String subject, String metric) {
    return report.subject(subject).orElseThrow().metric(metric).orElseThrow().value();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAMemberSchoolsFinalMeansNeverWidensTheFinalGap(long seed) {
    Dataset d = dataset(seed);
    Report before = Assessment.of(balance()).run(d);
    int checked = 0;
    for (Community c : d.communities()) {
      for (String member : c.members()) {
        List<ScoreRecord> raised = new ArrayList<>();
        for (ScoreRecord r : d.scores()) {
          raised.add(r.school().equals(member) && r.phase() == Phase.FINAL
              ? ImmutableScoreRecord.copyOf(r).withMean(r.mean().add(new BigDecimal("7.5")).min(r.fullMark()))
              : r);
        }
        Report after = Assessment.of(balance()).run(ImmutableDataset.copyOf(d).withScores(raised));
        Optional<BigDecimal> was = value(before, c.id(), "gap");
        Optional<BigDecimal> is = value(after, c.id(), "gap");
        assertEquals(was.isPresent(), is.isPresent(), "seed " + seed + ", " + c.id());
        checked += was.isPresent() ? 1 : 0;
        was.ifPresent(w -> assertTrue(is.get().compareTo(w) <= 0, "seed " + seed + ": raising "
            + member + " widened " + c.id() + "'s final gap from " + w + " to " + is.get()));
      }
    }
    assertTrue(checked > 0, "seed " + seed + ": no community had a final gap");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void schoolsWithEqualValuesHaveDispersionZero(long seed) {
    Dataset d = dataset(seed);
    List<ScoreRecord> equal = d.scores().stream()
        .map(r -> (ScoreRecord) ImmutableScoreRecord.copyOf(r).withMean(new BigDecimal("60")))
        .toList();
    Report r = Assessment.of(balance()).run(ImmutableDataset.copyOf(d).withScores(equal));
    int measured = 0;
    for (SubjectResult s : r.subjects()) {
      Optional<BigDecimal> x = s.metric("dispersion").orElseThrow().value();
      if (x.isPresent()) {
        measured++;
        assertEquals(0, x.get().signum(), "seed " + seed + ": " + s.id() + " dispersion " + x.get());
      }
    }
    assertTrue(measured > 0, "seed " + seed + ": no community had two schools with finals");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void sharesLieBetweenZeroAndOneAndDispersionIsNeverNegative(long seed) {
    Report r = Assessment.of(balance()).run(dataset(seed));
    for (SubjectResult s : r.subjects()) {
      for (String id : List.of("exchange", "backbone")) {
        s.metric(id).flatMap(MetricResult::value).ifPresent(x -> assertTrue(
            x.signum() >= 0 && x.compareTo(BigDecimal.ONE) <= 0, "seed " + seed + ": " + s.id()
                + " " + id + " = " + x));
      }
      s.metric("dispersion").flatMap(MetricResult::value).ifPresent(x ->
          assertTrue(x.signum() >= 0, "seed " + seed + ": " + s.id() + " dispersion " + x));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void shuffledStreamedAndParallelRunsGiveTheSameReport(long seed) {
    Dataset d = dataset(seed);
    Random random = new Random(seed);
    Dataset shuffled = ImmutableDataset.builder()
        .schools(shuffle(d.schools(), random)).people(shuffle(d.people(), random))
        .communities(shuffle(d.communities(), random)).teams(shuffle(d.teams(), random))
        .exchanges(shuffle(d.exchanges(), random))
        .studentPairings(shuffle(d.studentPairings(), random))
        .partyBranches(shuffle(d.partyBranches(), random))
        .partyPairings(shuffle(d.partyPairings(), random))
        .activities(shuffle(d.activities(), random)).scores(shuffle(d.scores(), random)).build();
    Dataset structure = ImmutableDataset.copyOf(d).withActivities(List.of());
    for (Policy p : List.of(balance(), mixed())) {
      Assessment a = Assessment.of(p);
      Report whole = a.run(d);
      assertEquals(whole, a.run(shuffled), "seed " + seed + ", shuffled");
      assertEquals(whole, a.runParallel(d), "seed " + seed + ", parallel");
      assertEquals(whole, a.run(structure, d.activities().stream()), "seed " + seed + ", streamed");
      assertEquals(whole, a.runParallel(structure, d.activities().stream()),
          "seed " + seed + ", streamed in parallel");
    }
    Report mixed = Assessment.of(mixed()).run(d);
    assertTrue(mixed.subjects().stream().anyMatch(s -> s.kind() == SubjectKind.COMMUNITY), "seed " + seed);
    assertTrue(mixed.subjects().stream().anyMatch(s -> s.kind() == SubjectKind.SCHOOL), "seed " + seed);
    assertTrue(mixed.personal().isEmpty(), "seed " + seed);
  }

  private static <T> List<T> shuffle(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
