package dev.huzhu.examples;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.ImmutableDataset;
import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.policy.ImmutablePolicy;
import dev.huzhu.evaluation.policy.Rounding;
import dev.huzhu.io.PolicyFiles;
import dev.huzhu.testkit.PolicyVerifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The bureau's quality formula as the shipped policy file (data/policies/quality-formula.yaml)
 * reproduces the two published scores to the cent, checked through the testkit.
 *
 * <p>Schools are not yet assessed subjects, so each published school is hung on a research group
 * of its own community whose one score unit is that school's final quality-test record: g-a for
 * school A (合格率 0.9235, mean 78.35 of 100, 优秀率 0.2103), g-b for school B (mean 103 of 120; we
 * state 合格率 0.8920 and 优秀率 0.2800, for with A's rates both roundings agree on 85.85).
 */
class QualityFormulaPolicyTest {
  private static final Path POLICY = Path.of("data/policies/quality-formula.yaml");

  @Test
  void theFileReproducesThePublishedScores() {
    PolicyVerifier.of(POLICY).given(data())
        // A: 0.9235 × 50 + 0.7835 × 45 + 0.2103 × 5 = 46.175 + 35.2575 + 1.0515 = 82.484 → 82.48
        .subject("g-a").hasTotal("82.48").hasMetricPoints("score", "35.2575")
        .hasRawValue("score", "0.7835")
        // B: 0.8920 × 50 + 45 × 103 / 120 + 0.2800 × 5 = 44.6 + 38.625 + 1.4 = 84.625 → 84.63
        .and().subject("g-b").hasTotal("84.63").hasMetricPoints("score", "38.625")
        .hasRawValue("score", "0.858333333333").isOrderedBefore("g-a");
  }

  @Test
  void theDefaultRoundingWouldMissByACent() {
    // A: 46.18 + 35.26 + 1.05 = 82.49; B: 得分率 0.8583, 45 × 0.8583 = 38.6235 → 38.62,
    // 44.60 + 38.62 + 1.40 = 84.62
    PolicyVerifier.of(ImmutablePolicy.copyOf(PolicyFiles.read(POLICY))
            .withRounding(Rounding.defaults())).given(data())
        .subject("g-a").hasTotal("82.49")
        .and().subject("g-b").hasTotal("84.62").hasRawValue("score", "0.8583");
  }

  private static Dataset data() {
    ImmutableDataset.Builder b = Dataset.builder();
    for (String s : new String[] {"a", "b"}) {
      String school = "s-" + s;
      String teacher = "p-" + s;
      b.addSchools(School.builder().id(school).name("学校" + s.toUpperCase()).locality(Locality.URBAN)
              .stage(Stage.PRIMARY).county("诸城市").build(),
          School.builder().id(school + "-member").name("成员学校" + s.toUpperCase())
              .locality(Locality.VILLAGE).stage(Stage.PRIMARY).county("诸城市").build())
          .addPeople(Person.builder().id(teacher).name("教师" + s.toUpperCase())
              .addRoles(PersonRole.TEACHER).school(school).build())
          .addCommunities(Community.builder().id("c-" + s).name("共同体" + s.toUpperCase())
              .core(school).addMembers(school + "-member").formation(Formation.VOLUNTARY)
              .established(LocalDate.of(2010, 9, 1)).build())
          .addTeams(Team.builder().id("g-" + s).kind(TeamKind.SUBJECT_RESEARCH_GROUP)
              .community("c-" + s).schoolSubject(SchoolSubject.MATH).grade(3)
              .addMembers(Membership.of(teacher, TeamRole.LEADER)).build());
    }
    return b.addScores(
            record("s-a").mean(new BigDecimal("78.35")).passRate(new BigDecimal("0.9235"))
                .excellentRate(new BigDecimal("0.2103")).build(),
            record("s-b").mean(new BigDecimal("103")).fullMark(new BigDecimal("120"))
                .passRate(new BigDecimal("0.8920")).excellentRate(new BigDecimal("0.2800")).build())
        .build();
  }

  private static dev.huzhu.core.score.ImmutableScoreRecord.Builder record(String school) {
    return ScoreRecord.builder().school(school).grade(3).schoolSubject(SchoolSubject.MATH)
        .test(TestKind.QUALITY_TEST).phase(Phase.FINAL).students(40);
  }
}
