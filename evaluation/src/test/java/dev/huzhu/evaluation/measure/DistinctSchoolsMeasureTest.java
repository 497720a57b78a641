package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.HUANGHUA;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.with;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.evaluation.report.MetricResult;
import org.junit.jupiter.api.Test;

/** {@code distinctSchools}: distinct host schools of the matching activities (送教 reach). */
class DistinctSchoolsMeasureTest {

  private static final DistinctSchoolsMeasure SCHOOLS =
      Measures.distinctSchools(ActivityKind.SENT_LESSON, ActivityKind.DEMONSTRATION_LESSON);

  private static final Dataset LOG = with(
      activity("a-120918", "2012-09-18", ActivityKind.DEMONSTRATION_LESSON, MATH3).host(XINXING).build(),
      activity("a-121016", "2012-10-16", ActivityKind.DEMONSTRATION_LESSON, MATH3).host(LINJIA).build(),
      activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, MATH3).host(XINXING)
          .direction(Direction.URBAN_TO_RURAL).build(),
      activity("a-121127", "2012-11-27", ActivityKind.SENT_LESSON, MATH3).host(CHANGCHENG).build(),
      // 送教 to 郝戈庄小学, a place and not a school of the dataset: no host school
      activity("a-121204", "2012-12-04", ActivityKind.SENT_LESSON, MATH3).place("皇华镇郝戈庄小学").build(),
      // a lecture at 皇华 is not of the kinds
      activity("a-121211", "2012-12-11", ActivityKind.LECTURE, MATH3).host(HUANGHUA).build());

  @Test
  void countsEachHostSchoolOnce() {
    MetricResult m = metric(LOG, GROUPS, SCHOOLS, "10", "4", MATH3);
    assertValue("3", m); // 辛兴 (twice), 林家村, 昌城; not 皇华 (a lecture), not the place
    assertPoints("7.50", m); // 10 × 3 / 4 = 7.5
  }

  @Test
  void activityWithoutAHostSchoolIsNotCounted() {
    MetricResult m = metric(LOG, GROUPS, SCHOOLS, "10", "4", MATH3);
    // the four lessons with a host; a-121204 has none, a-121211 is not of the kinds
    assertEvidence(m, "a-120918", "a-121016", "a-121113", "a-121127");
  }
}
