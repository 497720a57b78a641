package dev.huzhu.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.UnknownIdException;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.scoring.LinearScoring;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The copies an analyst makes of a policy: {@code with…} on the types themselves, and a metric dropped. */
class PolicyCopiesTest {
  private static final Policy ZC = BuiltInPolicies.zhuchengBundled();

  private static List<String> points(Policy p, String section) {
    return p.sections().stream().filter(s -> s.id().equals(section)).findFirst().orElseThrow()
        .metrics().stream().map(m -> m.id() + " " + m.points().toString()).toList();
  }

  @Test
  void changingOneQuotaTakesOneLineOfWithCopies() {
    Grading g = ZC.grading().orElseThrow();
    Band excellent = g.bands().get(0).withQuota(new BigDecimal("0.5"));
    Policy wider = ZC.withGrading(g.withBands(List.of(excellent, g.bands().get(1), g.bands().get(2),
        g.bands().get(3))));
    assertThat(wider.grading().orElseThrow().bands().get(0).quota()).contains(new BigDecimal("0.5"));
    // everything else is the policy as it was
    assertThat(wider.withGrading(g)).isEqualTo(ZC);
    assertThat(ZC.grading().orElseThrow().bands().get(0).quota()).contains(new BigDecimal("0.3"));
  }

  @Test
  void aBandIsReplacedByItsId() {
    Grading g = ZC.grading().orElseThrow();
    Grading wider = g.withBand(g.band("EXCELLENT").orElseThrow().withQuota(new BigDecimal("0.5")));
    assertThat(wider.bands()).extracting(b -> b.id() + " " + b.quota().map(BigDecimal::toPlainString).orElse("-"))
        .containsExactly("EXCELLENT 0.5", "GOOD -", "PASS -", "FAIL -");
    UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
        () -> g.withBand(Band.of("GREAT", "极好", new BigDecimal("95"))));
    assertThat(e.problems().get(0).message()).isEqualTo("no band GREAT in the grading");
  }

  @Test
  void optionalPartsCanBeTakenAway() {
    assertThat(ZC.withoutGrading().grading()).isEmpty();
    assertThat(ZC.withoutBundling().bundling()).isEmpty();
    assertThat(ZC.grading().orElseThrow().bands().get(0).withoutQuota().quota()).isEmpty();
  }

  @Test
  void droppingAMetricReweighsTheOthersOfItsSectionToItsPoints() {
    // process is 40: materials 10, thematic 15, lessons 15. Without thematic, 25 points are left:
    // materials 40 × 10 / 25 = 16, lessons 40 × 15 / 25 = 24, written as whole numbers like the policy
    Policy p = ZC.withoutMetric("thematic");
    assertThat(points(p, "process")).containsExactly("materials 16", "lessons 24");
    assertThat(points(p, "outcome")).containsExactly("quality 40", "spotcheck 20");
    assertThat(p.sectionPoints()).isEqualByComparingTo("100");
    assertThat(p.validate()).isEmpty();
    // outcome is 60: without the spot check, quality takes all 60
    assertThat(points(ZC.withoutMetric("spotcheck"), "outcome")).containsExactly("quality 60");
  }

  private static Policy tenPoints(String sectionPoints, String... metricPoints) {
    ImmutableSection.Builder s = Section.builder().id("s").label("过程").points(new BigDecimal(sectionPoints));
    for (int i = 0; i < metricPoints.length; i++) {
      s.addMetrics(Metric.builder().id("m" + i).label("m" + i).points(new BigDecimal(metricPoints[i]))
          .measure(Measures.count(ActivityKind.SENT_LESSON)).scoring(LinearScoring.of(BigDecimal.ONE)).build());
    }
    return ZC.withSections(List.of(s.build()));
  }

  @Test
  void sharesThatDoNotDivideGoToTheLargestRemaindersThenTheEarlierMetric() {
    // 10 over 3, 3, 3 (1 dropped): each share is 10 × 3 / 9 = 3.33…; at whole points 3 + 3 + 3 = 9,
    // and the one point left goes to the first of three equal remainders
    assertThat(points(tenPoints("10", "3", "3", "3", "1").withoutMetric("m3"), "s"))
        .containsExactly("m0 4", "m1 3", "m2 3");
    // with the section written 10.0 the shares are cut at tenths: 3.3 each, 0.1 left to m0
    assertThat(points(tenPoints("10.0", "3", "3", "3", "1").withoutMetric("m3"), "s"))
        .containsExactly("m0 3.4", "m1 3.3", "m2 3.3");
    // 10 over 2.5 and 5 (2.5 dropped): 10 × 2.5 / 7.5 = 3.33… and 10 × 5 / 7.5 = 6.66… at
    // hundredths: 333 and 666 hundredths, remainders 25/75 and 50/75 of one: m1 takes the last one
    assertThat(points(tenPoints("10", "2.50", "5", "2.5").withoutMetric("m2"), "s"))
        .containsExactly("m0 3.33", "m1 6.67");
  }

  @Test
  void aMetricThatIsNotThereIsTheOneLookUpException() {
    UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
        () -> ZC.withoutMetric("no-such-metric"));
    assertThat(e.id()).isEqualTo("no-such-metric");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code().name()).isEqualTo("UNKNOWN_REFERENCE");
      assertThat(p.message()).isEqualTo("no metric no-such-metric in policy zhucheng-bundled-2012");
    });
  }

  @Test
  void theOnlyMetricOfASectionCannotBeDropped() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> ZC.withoutMetric("spotcheck").withoutMetric("quality"));
    assertThat(e.problem().message()).isEqualTo("metric quality is the only metric of section outcome;"
        + " drop or change the section instead");
  }

  @Test
  void aBuilderMissingARequiredFieldNamesItInHuzhusException() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
        () -> Band.builder().id("EXCELLENT").build());
    assertThat(e.problems()).extracting(p -> p.path() + ": " + p.message()).containsExactly(
        "label: the required field label is not set",
        "minTotal: the required field minTotal is not set");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.code().name()).isEqualTo("MISSING_FIELD"));
  }
}
