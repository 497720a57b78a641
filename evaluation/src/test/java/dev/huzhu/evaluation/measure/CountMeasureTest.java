package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.GROUPS;
import static dev.huzhu.evaluation.measure.SeedGroups.JI_YONGMEI;
import static dev.huzhu.evaluation.measure.SeedGroups.LEAD;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.LI_WEI;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.run;
import static dev.huzhu.evaluation.measure.SeedGroups.with;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Direction;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.activity.PreparationStage;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code count}: how many activities credited to the group, in the term, match the filters. */
class CountMeasureTest {

  private static final Dataset TERM_LOG = with(
      activity("a-120910", "2012-09-10", ActivityKind.DEMONSTRATION_LESSON, MATH3).host(XINXING)
          .addParticipants(Participant.lead(LI_WEI)).build(),
      activity("a-121010", "2012-10-10", ActivityKind.DEMONSTRATION_LESSON, MATH3).host(LINJIA)
          .addParticipants(Participant.lead(JI_YONGMEI)).build(),
      // 2012-11-13: 送教下乡
      activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, MATH3).host(CHANGCHENG)
          .direction(Direction.URBAN_TO_RURAL).addParticipants(Participant.lead(LI_WEI)).build(),
      activity("a-121120", "2012-11-20", ActivityKind.LECTURE, MATH3).host(XINXING).build(),
      activity("a-121205", "2012-12-05", ActivityKind.LESSON_OBSERVATION, MATH3).build());

  @Test
  void countsActivitiesOfTheNamedKinds() {
    MetricResult m = metric(TERM_LOG, GROUPS,
        Measures.count(ActivityKind.DEMONSTRATION_LESSON, ActivityKind.SENT_LESSON), "10", "4", MATH3);
    assertValue("3", m); // two demonstration lessons and one sent lesson; not the lecture nor 听课
    assertPoints("7.50", m); // 10 × 3 / 4 = 7.5
    assertEvidence(m, "a-120910", "a-121010", "a-121113");
  }

  @Test
  void noKindsCountsEveryKind() {
    MetricResult m = metric(TERM_LOG, GROUPS, Measures.count(), "10", "8", MATH3);
    assertValue("5", m); // all five activities
    assertPoints("6.25", m); // 10 × 5 / 8 = 6.25
  }

  @Test
  void subjectAndGradeMustBothMatch() {
    Dataset d = with(
        activity("a-1", "2012-10-09", ActivityKind.TEACHING_RESEARCH, MATH3).schoolSubject(SchoolSubject.MATH).grade(3).build(),
        activity("a-2", "2012-10-10", ActivityKind.TEACHING_RESEARCH, MATH3).schoolSubject(SchoolSubject.MATH).grade(4).build(),
        activity("a-3", "2012-10-11", ActivityKind.TEACHING_RESEARCH, MATH3).schoolSubject(SchoolSubject.CHINESE).grade(3).build(),
        activity("a-4", "2012-10-12", ActivityKind.TEACHING_RESEARCH, MATH3).build());
    CountMeasure math3 = CountMeasure.builder().schoolSubject(SchoolSubject.MATH).grade(3).build();
    MetricResult m = metric(d, GROUPS, math3, "10", "4", MATH3);
    assertValue("1", m); // only a-1 is grade 3 math; a-4 states neither
    assertPoints("2.50", m); // 10 × 1 / 4 = 2.5
    assertEvidence(m, "a-1");
  }

  @Test
  void directionSelectsUrbanToRuralSentLessons() {
    Dataset d = with(
        activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, MATH3)
            .direction(Direction.URBAN_TO_RURAL).host(XINXING).build(),
        activity("a-121127", "2012-11-27", ActivityKind.SENT_LESSON, MATH3)
            .direction(Direction.RURAL_TO_URBAN).host(SeedGroups.CORE).build(),
        activity("a-121204", "2012-12-04", ActivityKind.SENT_LESSON, MATH3).host(LINJIA).build());
    CountMeasure sentDown = CountMeasure.builder().addKinds(ActivityKind.SENT_LESSON)
        .direction(Direction.URBAN_TO_RURAL).build();
    MetricResult m = metric(d, GROUPS, sentDown, "10", "4", MATH3);
    assertValue("1", m); // only 送教下乡 of 2012-11-13; the other way and no direction don't count
    assertPoints("2.50", m); // 10 × 1 / 4 = 2.5
  }

  @Test
  void stagesSelectPreparationsAtThoseStepsOfTheirTongKeYiGou() {
    // 个人主备 → 集体研讨 → 主备人修改 → 中心教研组把关 → 个性修改, one preparation a step, and a
    // lecture without a stage
    Dataset d = with(
        activity("a-1", "2012-10-08", ActivityKind.LESSON_PREPARATION, MATH3)
            .preparationStage(PreparationStage.INDIVIDUAL).build(),
        activity("a-2", "2012-10-10", ActivityKind.LESSON_PREPARATION, MATH3)
            .preparationStage(PreparationStage.COLLECTIVE).build(),
        activity("a-3", "2012-10-12", ActivityKind.LESSON_PREPARATION, MATH3)
            .preparationStage(PreparationStage.REVISION).build(),
        activity("a-4", "2012-10-15", ActivityKind.LESSON_PREPARATION, MATH3)
            .preparationStage(PreparationStage.GROUP_REVIEW).build(),
        activity("a-5", "2012-10-17", ActivityKind.LESSON_PREPARATION, MATH3)
            .preparationStage(PreparationStage.PERSONALIZATION).build(),
        activity("a-6", "2012-10-18", ActivityKind.LECTURE, MATH3).build());
    CountMeasure together = CountMeasure.builder()
        .stages(List.of(PreparationStage.COLLECTIVE, PreparationStage.GROUP_REVIEW)).build();
    MetricResult m = metric(d, GROUPS, together, "10", "4", MATH3);
    assertValue("2", m); // 集体研讨 and 中心教研组把关 only; the lecture has no stage
    assertPoints("5.00", m); // 10 × 2 / 4 = 5
    assertEvidence(m, "a-2", "a-4");

    MetricResult all = metric(d, GROUPS, CountMeasure.builder().build(), "10", "6", MATH3);
    assertValue("6", all); // no stages named: every activity, with a stage or without
  }

  @Test
  void activityMustCarryEveryTagNamed() {
    Dataset d = with(
        activity("a-1", "2012-10-09", ActivityKind.THEMATIC_ACTIVITY, MATH3)
            .addTags("同课异构", "市级", "公开课").build(),
        activity("a-2", "2012-10-10", ActivityKind.THEMATIC_ACTIVITY, MATH3).addTags("同课异构").build(),
        activity("a-3", "2012-10-11", ActivityKind.THEMATIC_ACTIVITY, MATH3).build());
    CountMeasure tagged = CountMeasure.builder().addTags("同课异构", "市级").build();
    MetricResult m = metric(d, GROUPS, tagged, "10", "4", MATH3);
    assertValue("1", m); // a-1 has both tags (and one more); a-2 only one; a-3 none
    assertEvidence(m, "a-1");
  }

  @Test
  void periodIncludesItsFirstAndLastDay() {
    Dataset d = with(
        activity("a-120831", "2012-08-31", ActivityKind.LECTURE, MATH3).build(),
        activity("a-120901", "2012-09-01", ActivityKind.LECTURE, MATH3).build(),
        activity("a-130131", "2013-01-31", ActivityKind.LECTURE, MATH3).build(),
        activity("a-130201", "2013-02-01", ActivityKind.LECTURE, MATH3).build());
    MetricResult m = metric(d, GROUPS, Measures.count(ActivityKind.LECTURE), "10", "4", MATH3);
    assertValue("2", m); // 2012-09-01 and 2013-01-31 are in; the day before and the day after are not
    assertPoints("5.00", m); // 10 × 2 / 4 = 5
    assertEvidence(m, "a-120901", "a-130131");
  }

  @Test
  void activityCreditedTwiceToTheSameGroupCountsOnce() {
    // validation reports the repeated credit (DUPLICATE_REFERENCE); a streamed log is trusted,
    // so the engine itself must still count the activity once
    Report report = dev.huzhu.evaluation.Assessment
        .of(SeedGroups.policy(GROUPS, Measures.count(ActivityKind.DEMONSTRATION_LESSON), "10", "4"))
        .run(SeedGroups.BASE, java.util.stream.Stream.of(
            activity("a-121120", "2012-11-20", ActivityKind.DEMONSTRATION_LESSON, MATH3, MATH3)
                .host(XINXING).addParticipants(Participant.lead(LI_WEI)).build(),
            activity("a-121127", "2012-11-27", ActivityKind.DEMONSTRATION_LESSON, MATH3).build()));
    MetricResult m = SeedGroups.metric(report, MATH3);
    assertValue("2", m); // a-121120 once, a-121127 once
    assertPoints("5.00", m); // 10 × 2 / 4 = 5
    assertEvidence(m, "a-121120", "a-121127");
  }

  @Test
  void activityCreditedToTwoGroupsCountsForEach() {
    // 党员送教下乡, credited to the 领导小组 and the 数学 group
    Dataset d = with(activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, LEAD, MATH3)
        .direction(Direction.URBAN_TO_RURAL).host(XINXING).build());
    Report r = run(d, SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP, TeamKind.LEADERSHIP_GROUP),
        Measures.count(ActivityKind.SENT_LESSON), "10", "4");
    assertValue("1", metric(r, MATH3));
    assertValue("1", metric(r, LEAD));
    assertPoints("2.50", metric(r, LEAD)); // 10 × 1 / 4 = 2.5
  }

  @Test
  void activityCreditedToAnotherGroupIsNotCounted() {
    Dataset d = with(activity("a-121113", "2012-11-13", ActivityKind.SENT_LESSON, LEAD)
        .host(XINXING).build());
    MetricResult m = metric(d, GROUPS, Measures.count(ActivityKind.SENT_LESSON), "10", "4", MATH3);
    assertValue("0", m);
  }

  @Test
  void noMatchingActivityIsACountOfZeroNotMissing() {
    MetricResult m = metric(SeedGroups.BASE, GROUPS, Measures.count(ActivityKind.LECTURE), "10", "4", MATH3);
    assertFalse(m.isMissing());
    assertValue("0", m);
    assertPoints("0.00", m); // 10 × 0 / 4 = 0
    assertEvidence(m);
  }
}
