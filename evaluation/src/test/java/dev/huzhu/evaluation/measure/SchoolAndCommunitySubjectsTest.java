package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.AIDONG;
import static dev.huzhu.evaluation.measure.SeedGroups.BASE;
import static dev.huzhu.evaluation.measure.SeedGroups.CORE;
import static dev.huzhu.evaluation.measure.SeedGroups.DONGCUN;
import static dev.huzhu.evaluation.measure.SeedGroups.LINJIA;
import static dev.huzhu.evaluation.measure.SeedGroups.MATH3;
import static dev.huzhu.evaluation.measure.SeedGroups.XINXING;
import static dev.huzhu.evaluation.measure.SeedGroups.X_WANGFANG;
import static dev.huzhu.evaluation.measure.SeedGroups.activity;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static dev.huzhu.evaluation.measure.SeedGroups.policy;
import static dev.huzhu.evaluation.measure.SeedGroups.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Schools, communities and pupil pairings as assessed subjects: which activities reach each (each
 * once), their score units, and one list when several kinds are selected.
 */
class SchoolAndCommunitySubjectsTest {
  private static final SubjectSelection ALL = SubjectSelection.builder()
      .addSchoolLocalities(Locality.URBAN, Locality.TOWNSHIP).communities(true)
      .addStudentPairingKinds(StudentPairingKind.STUDENTS).build();
  private static final String ZC = "c-zc";
  private static final String PUPIL_PAIRING = "sp-syxx-aidong";

  /**
   * a-1 credited to 三年级数学 (a team of 诸城), hosted by 辛兴; a-2 credited to and hosted by 实验小学;
   * a-3 credited to the community and to 辛兴, hosted by 林家村; a-4 credited to 王芳's exchange
   * (辛兴 → 实验小学); a-5 credited to a pupil pairing of a 实验小学 pupil; a-6 credited to 东村's
   * party pairing; a-7 credited to 东村 and hosted by 艾东 (a village school outside the community).
   */
  static Dataset routed() {
    return Dataset.builder().copyFrom(BASE)
        .addPeople(
            Person.builder().id("p-stu-u").name("城区学生").addRoles(PersonRole.STUDENT).school(CORE).build(),
            Person.builder().id("p-stu-r").name("农村学生").addRoles(PersonRole.STUDENT).school(AIDONG).build())
        .addStudentPairings(StudentPairing.builder().id(PUPIL_PAIRING).urban("p-stu-u").rural("p-stu-r")
            .kind(StudentPairingKind.STUDENTS).build())
        .addActivities(
            activity("a-1", "2012-10-08", ActivityKind.DEMONSTRATION_LESSON, MATH3).host(XINXING).build(),
            activity("a-2", "2012-10-09", ActivityKind.LECTURE, CORE).host(CORE).build(),
            activity("a-3", "2012-10-10", ActivityKind.TEACHING_RESEARCH, ZC, XINXING).host(LINJIA).build(),
            activity("a-4", "2012-11-12", ActivityKind.DEMONSTRATION_LESSON, X_WANGFANG).build(),
            activity("a-5", "2012-11-13", ActivityKind.LETTER_EXCHANGE, PUPIL_PAIRING).build(),
            activity("a-6", "2012-11-14", ActivityKind.PRACTICAL_DEED, DONGCUN).build(),
            activity("a-7", "2012-11-15", ActivityKind.POLICY_PUBLICITY, DONGCUN).host(AIDONG).build())
        .build();
  }

  @Test
  void aCommunityCountsEachOfItsActivitiesOnce() {
    Report r = Assessment.of(policy(ALL, Measures.count(), "10", "10")).run(routed());
    // credited to its team (a-1), its school (a-2, also hosted there), itself and a school while
    // hosted by another (a-3), an exchange from one of its schools (a-4), a pupil pairing of a
    // pupil at one of its schools (a-5): 5; 东村's (a-6, a-7) are not its
    assertValue("5", metric(r, ZC));
    assertEvidence(metric(r, ZC), "a-1", "a-2", "a-3", "a-4", "a-5");
  }

  @Test
  void aSchoolCountsWhatIsCreditedToItOrHostedByIt() {
    Report r = Assessment.of(policy(ALL, Measures.count(), "10", "10")).run(routed());
    assertEvidence(metric(r, CORE), "a-2"); // credited and hosted: once; a-4's exchange is not the school's
    assertEvidence(metric(r, XINXING), "a-1", "a-3"); // hosted a-1, credited a-3
    assertEvidence(metric(r, LINJIA), "a-3"); // hosted a-3
    assertEvidence(metric(r, PUPIL_PAIRING), "a-5");
    assertTrue(r.subject(AIDONG).isEmpty()); // a village school: not selected
  }

  @Test
  void severalKindsFormOneListWithoutMembers() {
    Report r = Assessment.of(policy(ALL, Measures.count(), "10", "10")).run(routed());
    // 5 schools (1 URBAN, 4 TOWNSHIP), 1 community, 1 pupil pairing; ranks over all of them
    assertEquals(7, r.subjects().size());
    // ties broken by id: sp-syxx-aidong < zc-linjia < zc-syxx; zc-changcheng < zc-huanghua
    assertEquals(List.of(ZC, XINXING, PUPIL_PAIRING, LINJIA, CORE, "zc-changcheng", "zc-huanghua"),
        r.subjects().stream().map(SubjectResult::id).toList());
    // totals 10 × min(x, 10) / 10: 5.00, 2.00, 1.00, 1.00, 1.00, 0.00, 0.00 → ranks 1, 2, 3, 3, 3, 6, 6
    assertEquals(List.of(1, 2, 3, 3, 3, 6, 6), r.subjects().stream().map(SubjectResult::rank).toList());
    assertEquals(SubjectKind.COMMUNITY, r.subject(ZC).orElseThrow().kind());
    assertEquals(SubjectKind.SCHOOL, r.subject(CORE).orElseThrow().kind());
    SubjectResult pairing = r.subject(PUPIL_PAIRING).orElseThrow();
    assertEquals(SubjectKind.STUDENT_PAIRING, pairing.kind());
    assertEquals(PUPIL_PAIRING, pairing.label()); // never a pupil's name
    assertEquals("诸城市实验小学城乡互助共同体", r.subject(ZC).orElseThrow().label());
    r.subjects().forEach(s -> assertTrue(s.members().isEmpty(), s.id()));
    assertTrue(r.personal().isEmpty());
  }

  @Test
  void streamedParallelAndShuffledRunsGiveTheSameReport() {
    Dataset d = routed();
    Assessment a = Assessment.of(policy(ALL, Measures.count(), "10", "10"));
    Report whole = a.run(d);
    Dataset structure = ImmutableDataset.copyOf(d).withActivities(List.of());
    assertEquals(whole, a.run(structure, d.activities().stream()));
    assertEquals(whole, a.runParallel(d));
    assertEquals(whole, a.runParallel(structure, d.activities().stream()));
    List<Activity> shuffled = new ArrayList<>(d.activities());
    Collections.shuffle(shuffled, new Random(12));
    assertEquals(whole, a.run(ImmutableDataset.copyOf(d).withActivities(shuffled)));
  }

  @Test
  void scoreMeasuresReadASchoolsOwnRecordsAndACommunitysSchools() {
    TestKind q = TestKind.QUALITY_TEST;
    Dataset d = Dataset.builder().copyFrom(BASE).addScores(
        score(CORE, q, Phase.BASELINE, 40, "85").build(), score(CORE, q, Phase.FINAL, 40, "90").build(),
        // 辛兴 lacks a final: its improvement is missing, its baseline level is not
        score(XINXING, q, Phase.BASELINE, 30, "70").build(),
        score(LINJIA, q, Phase.BASELINE, 20, "75").build(), score(LINJIA, q, Phase.FINAL, 20, "80").build())
        .build();
    SubjectSelection both = SubjectSelection.builder().addSchoolLocalities(Locality.URBAN, Locality.TOWNSHIP)
        .communities(true).build();
    Report r = Assessment.of(policy(both, Measures.improvement(q), "10", "10")).run(d);
    assertValue("5.0000", metric(r, CORE)); // 90 − 85
    assertTrue(metric(r, XINXING).value().isEmpty());
    // the community: units with both phases are 实验小学's and 林家村's:
    // (40 × 90 + 20 × 80) / 60 − (40 × 85 + 20 × 75) / 60 = 5200 / 60 − 4900 / 60 = 300 / 60 = 5
    assertValue("5.0000", metric(r, ZC));
    Report level = Assessment.of(policy(both, Measures.level(q, Phase.BASELINE), "10", "100")).run(d);
    assertValue("70.0000", metric(level, XINXING));
    // (3400 + 2100 + 1500) / 90 = 7000 / 90 = 77.777… → 77.7778
    assertValue("77.7778", metric(level, ZC));
  }
}
