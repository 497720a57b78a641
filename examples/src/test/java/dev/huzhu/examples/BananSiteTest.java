package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 巴南区's 团队互助考核 on the seed's files: the four teams of the 学校发展共同体 over the school year
 * 2013–2014, one in each band, the 语文 alliance the best team, and the members' bundled points.
 */
class BananSiteTest {
  private static final Policy POLICY = SeedFiles.policy(Site.BANAN);
  private static final Report REPORT = Assessment.of(POLICY).run(SeedFiles.read());

  private static SubjectResult team(String id) {
    return REPORT.subject(id).orElseThrow();
  }

  private static BigDecimal points(String team, String metric) {
    return team(team).metric(metric).map(MetricResult::points).orElseThrow();
  }

  @Test
  void thePolicyCoversTheSchoolYearBeforeThePaper() {
    assertThat(POLICY.id()).isEqualTo("banan-teams-2013");
    assertThat(POLICY.period().from()).isEqualTo(LocalDate.of(2013, 9, 1));
    assertThat(POLICY.period().to()).isEqualTo(LocalDate.of(2014, 8, 31));
    // the 领导小组 plans and assesses; it is not assessed
    assertThat(REPORT.subject("g-bn-lead")).isEmpty();
  }

  @Test
  void eachTeamHasItsTotalAndBandInOrder() {
    assertThat(REPORT.subjects().stream().filter(s -> s.id().startsWith("g-bn-")))
        .extracting(SubjectResult::id, SubjectResult::total, s -> s.band().orElseThrow())
        .containsExactly(
            // 28.00 + 30.00 + 32.00 + 乡村教师进城送课 2 × 2 = 94.00
            tuple("g-bn-chinese", new BigDecimal("94.00"), "EXCELLENT"),
            // worked below
            tuple("g-bn-studio", new BigDecimal("78.50"), "GOOD"),
            // 23.00 + 17.50 + 24.00
            tuple("g-bn-deans", new BigDecimal("64.50"), "PASS"),
            // 13.00 + 12.50 + 16.00
            tuple("g-bn-class", new BigDecimal("41.50"), "IMPROVE"));
    assertThat(team("g-bn-class").rank()).isEqualTo(4);
  }

  @Test
  void theStudiosTotalReAddsByHand() {
    // 活动月份: Sep, Oct, Nov, Dec, Jan, Mar, Apr, May, Jun = 9 months; linear to 10:
    //   20 × 9 ÷ 10 = 18.00
    assertThat(team("g-bn-studio").metric("months").flatMap(MetricResult::value))
        .contains(new BigDecimal("9"));
    assertThat(points("g-bn-studio", "months")).isEqualByComparingTo("18.00");
    // 共同策划: two planning meetings (September, March), the top tier: 10.00
    assertThat(points("g-bn-studio", "planning")).isEqualByComparingTo("10.00");
    // 承办学校: all four schools hosted it: 10 × 4 ÷ 4 = 10.00
    assertThat(points("g-bn-studio", "hosts")).isEqualByComparingTo("10.00");
    // 观摩与送课: 3 考察观摩 + 2 跟岗 = 5 of a target of 8: 20 × 5 ÷ 8 = 12.50
    assertThat(points("g-bn-studio", "visits")).isEqualByComparingTo("12.50");
    // 培训与辐射: two invited lectures, the middle tier (2 → 12): 12.00
    assertThat(points("g-bn-studio", "training")).isEqualByComparingTo("12.00");
    // 共同研究: 3 专题研讨 + 1 学期反思 = 4 against the alliance's best M = 2 教研 + 3 反思 = 5:
    //   20 × 4 ÷ 5 = 16.00
    assertThat(points("g-bn-studio", "research")).isEqualByComparingTo("16.00");
    assertThat(points("g-bn-chinese", "research")).isEqualByComparingTo("20.00");
    // 18.00 + 10.00 + 10.00 + 12.50 + 12.00 + 16.00 + no village lesson in the city (0.00) = 78.50
    assertThat(team("g-bn-studio").total()).isEqualByComparingTo("78.50");
    assertThat(team("g-bn-studio").adjustments().get(0).points()).isEqualByComparingTo("0.00");
  }

  @Test
  void theAllianceTaughtBothWays() {
    // 村小丁's December lesson at 城区小学甲 and 乡镇小学丙's June lesson at 城区小学乙: 2 × 2 = 4
    assertThat(team("g-bn-chinese").adjustments().get(0).points()).isEqualByComparingTo("4.00");
    // 2 送教下乡 + 2 进城 + 1 示范课 + 1 说课 + 2 磨课 = 8, the target
    assertThat(points("g-bn-chinese", "visits")).isEqualByComparingTo("20.00");
  }

  @Test
  void theAllianceIsTheBestTeamAndItsLessonTeachersAreNamed() {
    assertThat(REPORT.award("best-team").orElseThrow().subjects()).containsExactly("g-bn-chinese");
    // each led two of the lessons: 城区小学甲's teacher the April 送教下乡 and the May 示范课,
    // 村小丁's the December lesson in the city and the May 示范课; the host led one
    assertThat(REPORT.award("lesson-teacher").orElseThrow().people())
        .extracting(AwardedPerson::person)
        .containsExactly("p-bn-a-chinese", "p-bn-d-chinese");
    // 同课异构's 个人主备 in October
    assertThat(REPORT.award("lead-preparer").orElseThrow().people())
        .extracting(AwardedPerson::person)
        .containsExactly("p-bn-d-chinese");
  }

  @Test
  void membersCarryTheirTeamsTotal() {
    assertThat(REPORT.person("p-bn-b-chinese").orElseThrow().points())
        .isEqualByComparingTo("94.00");
    // a member carries 0.8: round2(94.00 × 0.8) = 75.20, round2(41.50 × 0.8) = 33.20
    assertThat(REPORT.person("p-bn-d-chinese").orElseThrow().points())
        .isEqualByComparingTo("75.20");
    assertThat(REPORT.person("p-bn-a-ct").orElseThrow().points()).isEqualByComparingTo("33.20");
    // the studio's host principal leads the principals: 78.50 × 1.0
    assertThat(REPORT.person("p-bn-b-principal").orElseThrow().points())
        .isEqualByComparingTo("78.50");
  }
}
