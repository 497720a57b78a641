package dev.huzhu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.measure.CountMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.SumMeasure;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import dev.huzhu.evaluation.policy.Metric;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.scoring.IndividualScoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws every assessment obeys, over many seeds of the synthetic generator and the
 * built-in policies. Each failure names its seed and policy.
 */
class AssessmentPropertiesTest {
  static final List<Policy> POLICIES = List.of(BuiltInPolicies.zhuchengBundled(),
      BuiltInPolicies.exchangeTeacher(), BuiltInPolicies.doublePairing(),
      BuiltInPolicies.qualityFormula(), BuiltInPolicies.communityBalance());

  private static final Map<Long, Dataset> CACHE = new HashMap<>();

  static synchronized Dataset dataset(long seed) {
    // a log dense enough that most groups have activity in the policies' periods
    return CACHE.computeIfAbsent(seed, s ->
        SyntheticDatasets.generate(s, Scale.of(2, 6, 3000)).dataset());
  }

  static Stream<Arguments> seedsAndPolicies() {
    return LongStream.rangeClosed(1, 15).boxed()
        .flatMap(seed -> POLICIES.stream().map(p -> Arguments.of(seed, p.id())));
  }

  static Policy policy(String id) {
    return POLICIES.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void everyTotalIsWithinZeroAndTheMaximum(long seed, String policyId) {
    Policy policy = policy(policyId);
    Report report = Assessment.of(policy).run(dataset(seed));
    BigDecimal max = policy.sectionPoints().add(policy.adjustments().stream()
        .filter(a -> a.type() == AdjustmentType.BONUS).map(a -> a.cap().orElseThrow())
        .reduce(BigDecimal.ZERO, BigDecimal::add));
    for (SubjectResult s : report.subjects()) {
      assertTrue(s.total().signum() >= 0 && s.total().compareTo(max) <= 0,
          "seed " + seed + ": " + s.id() + " total " + s.total() + " outside 0.." + max);
      s.sections().forEach(section -> section.metrics().forEach(m -> assertTrue(
          m.points().signum() >= 0 && m.points().compareTo(m.maxPoints()) <= 0,
          "seed " + seed + ": " + s.id() + "." + m.id() + " points " + m.points())));
    }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void shufflingEveryListChangesNothing(long seed, String policyId) {
    Dataset d = dataset(seed);
    Random r = new Random(seed);
    Dataset shuffled = ImmutableDataset.builder()
        .schools(shuffle(d.schools(), r)).people(shuffle(d.people(), r))
        .communities(shuffle(d.communities(), r)).teams(shuffle(d.teams(), r))
        .exchanges(shuffle(d.exchanges(), r)).studentPairings(shuffle(d.studentPairings(), r))
        .partyBranches(shuffle(d.partyBranches(), r)).partyPairings(shuffle(d.partyPairings(), r))
        .activities(shuffle(d.activities(), r)).scores(shuffle(d.scores(), r)).build();
    Assessment a = Assessment.of(policy(policyId));
    assertEquals(a.run(d), a.run(shuffled), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void parallelAndSequentialRunsAgree(long seed, String policyId) {
    Assessment a = Assessment.of(policy(policyId));
    Dataset d = dataset(seed);
    assertEquals(a.run(d), a.runParallel(d), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void aStreamedLogGivesTheSameReportAsAHeldOne(long seed, String policyId) {
    Assessment a = Assessment.of(policy(policyId));
    Dataset d = dataset(seed);
    Dataset structure = ImmutableDataset.copyOf(d).withActivities(List.of());
    assertEquals(a.run(d), a.run(structure, d.activities().stream()), "seed " + seed);
    assertEquals(a.run(d), a.runParallel(structure, d.activities().stream()), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPolicies")
  void addingAMatchingActivityNeverLowersACountOrSumMetric(long seed, String policyId) {
    Policy policy = policy(policyId);
    Dataset d = dataset(seed);
    Report before = Assessment.of(policy).run(d);
    Random r = new Random(seed);
    for (Metric metric : metrics(policy)) {
      Measure m = metric.measure();
      if (!(m instanceof CountMeasure || m instanceof SumMeasure)
          || !(metric.scoring() instanceof IndividualScoring)) {
        continue;
      }
      SubjectResult subject = before.subjects().get(r.nextInt(before.subjects().size()));
      Activity added = matching(m, subject, policy, r);
      Report after = Assessment.of(policy).run(ImmutableDataset.builder().copyFrom(d)
          .addActivities(added).build());
      MetricResult was = subject.metric(metric.id()).orElseThrow();
      MetricResult now = after.subject(subject.id()).orElseThrow().metric(metric.id()).orElseThrow();
      assertTrue(now.value().orElseThrow().compareTo(was.value().orElseThrow()) >= 0,
          "seed " + seed + ": " + subject.id() + "." + metric.id() + " value fell");
      assertTrue(now.points().compareTo(was.points()) >= 0,
          "seed " + seed + ": " + subject.id() + "." + metric.id() + " points fell from "
              + was.points() + " to " + now.points());
      assertEquals(was.evidence().count() + 1, now.evidence().count(),
          "seed " + seed + ": the added activity is evidence");
    }
  }

  /** An activity matching a count or sum measure, credited to the subject, dated mid-period. */
  private static Activity matching(Measure m, SubjectResult subject, Policy policy, Random r) {
    CountOrSum filter = new CountOrSum(m);
    ActivityKind kind = filter.kinds.isEmpty() ? ActivityKind.THEMATIC_ACTIVITY
        : filter.kinds.get(r.nextInt(filter.kinds.size()));
    var a = Activity.builder().id("a-added").kind(kind).addCredited(subject.id())
        .date(policy.period().from().plusDays(10))
        .addParticipants(Participant.lead(subject.members().get(0).person()));
    filter.quantity.ifPresent(q -> a.putQuantities(q, new BigDecimal(1 + r.nextInt(5))));
    return a.build();
  }

  private static final class CountOrSum {
    final List<ActivityKind> kinds;
    final Optional<Quantity> quantity;

    CountOrSum(Measure m) {
      if (m instanceof CountMeasure) {
        kinds = new ArrayList<>(((CountMeasure) m).kinds());
        quantity = Optional.empty();
      } else {
        kinds = new ArrayList<>(((SumMeasure) m).kinds());
        quantity = Optional.of(((SumMeasure) m).quantity());
      }
    }
  }

  private static List<Metric> metrics(Policy policy) {
    List<Metric> all = new ArrayList<>();
    policy.sections().forEach(s -> all.addAll(s.metrics()));
    return all;
  }

  private static <T> List<T> shuffle(List<T> values, Random r) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, r);
    return ImmutableList.copyOf(copy);
  }

}
