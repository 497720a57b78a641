package dev.huzhu.evaluation;

import static dev.huzhu.evaluation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.measure.Measures;
import dev.huzhu.evaluation.policy.Award;
import dev.huzhu.evaluation.policy.Band;
import dev.huzhu.evaluation.policy.Grading;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.IndividualCriterion;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.Report;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Defects an independent review found, each pinned so it cannot come back. */
class ReviewFindingsTest {

  @Test
  void aLeadListedTwiceCountsTheActivityOnceForAnIndividualCriterion() {
    Team g1 = group("g1", 3, SchoolSubject.MATH, leader(LI_WEI), deputy(WANG_FANG));
    Activity lesson = activity("a-1", "g1", IN_TERM, ActivityKind.DEMONSTRATION_LESSON)
        .addParticipants(Participant.lead(WANG_FANG), Participant.lead(WANG_FANG)).build();
    Dataset structure = dataset(List.of(g1), List.of(brand("g1", "90"))).build();
    // validation refuses the repeated participant; a streamed log is trusted, so the engine
    // itself must still count the lesson once
    assertThat(Dataset.builder().copyFrom(structure).addActivities(lesson).build().validate())
        .extracting(Problem::path).containsExactly("activities[1].participants[1].person");
    Policy policy = ImmutablePolicy.copyOf(oneSection()).withAwards(Award.builder().id("t")
        .label("成绩突出的教师").addRoles(TeamRole.DEPUTY)
        .individual(IndividualCriterion.of(Measures.count(ActivityKind.DEMONSTRATION_LESSON), d("2")))
        .build());
    Report report = Assessment.of(policy).run(structure, Stream.of(lesson));
    // 王芳 led one lesson: 1 < 2, no award
    assertThat(report.award("t").orElseThrow().people()).isEmpty();
  }

  @Test
  void theReportDoesNotDependOnTheOrderOfATeamsMembers() {
    Team a = group("g1", 3, SchoolSubject.MATH, leader(LI_WEI), deputy(WANG_FANG), member(ZHU_BAIYU));
    Team b = group("g1", 3, SchoolSubject.MATH, member(ZHU_BAIYU), deputy(WANG_FANG), leader(LI_WEI));
    Report ra = Assessment.of(oneSection()).run(dataset(List.of(a), List.of(brand("g1", "90"))).build());
    Report rb = Assessment.of(oneSection()).run(dataset(List.of(b), List.of(brand("g1", "90"))).build());
    assertThat(rb).isEqualTo(ra);
    // leader first, then deputies, then members
    assertThat(ra.subject("g1").orElseThrow().members()).extracting(m -> m.person())
        .containsExactly(LI_WEI, WANG_FANG, ZHU_BAIYU);
  }

  @Test
  void anInvalidBandGradeIsReportedOnce() {
    Policy policy = ImmutablePolicy.copyOf(oneSection()).withGrading(Grading.builder()
        .addBands(Band.of("BAD GRADE", "x", d("60")), Band.of("FAIL", "y", d("0"))).build());
    assertThat(policy.validate()).extracting(Problem::path).containsExactly("grading.bands[0].grade");
  }
}
