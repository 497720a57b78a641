package dev.huzhu.evaluation.policy;

import static dev.huzhu.core.activity.ActivityKind.*;
import static dev.huzhu.evaluation.measure.Measures.*;

import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.DispersionMeasure;
import dev.huzhu.evaluation.measure.Measure;
import dev.huzhu.evaluation.measure.ScoreValue;
import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RangeScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The three policies the seed describes, a bureau's published quality formula and the 城乡均衡
 * community balance policy (docs/assessment.md#built-in-policies), as values. Their weights and targets are the
 * seed's structure with numbers a bureau might choose; the io module ships the same policies as
 * files.
 */
public final class BuiltInPolicies {
  private BuiltInPolicies() {}

  /**
   * 中心教研组捆绑考核 (诸城市实验小学, fall term 2012): process 40 (materials shared, thematic
   * activities, lessons taught per member) and outcome 60 (quality-test improvement, spot-check
   * improvement rate); a bonus for regular monthly work; a veto for misconduct; 优秀 for at most 30%;
   * outstanding groups, leaders and teachers; every member carries the group's total.
   */
  public static Policy zhuchengBundled() {
    return Policy.builder().id("zhucheng-bundled-2012").title("中心教研组捆绑考核")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31)))
        .subjects(SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP))
        .addSections(Section.builder().id("process").label("过程性评价").points(d("40"))
            .addMetrics(
                metric("materials", "组内交流材料", "10", sum(Quantity.MATERIALS, MATERIAL_SHARE),
                    LinearScoring.of(d("12"))),
                metric("thematic", "专题活动", "15", count(THEMATIC_ACTIVITY), TiersScoring.of(List.of(
                    Tier.of(d("4"), d("15")), Tier.of(d("2"), d("9")), Tier.of(d("1"), d("5"))))),
                metric("lessons", "讲课节数", "15",
                    perMember(sum(Quantity.LESSONS, DEMONSTRATION_LESSON, SENT_LESSON)),
                    LinearScoring.of(d("2"))))
            .build())
        .addSections(Section.builder().id("outcome").label("终结性评价").points(d("60"))
            .addMetrics(
                metric("quality", "教学质量检测提高幅度", "40", improvement(TestKind.QUALITY_TEST),
                    RelativeScoring.of()),
                metric("spotcheck", "质量抽测提高幅度", "20", improvementRate(TestKind.SPOT_CHECK),
                    RankScoring.of()))
            .build())
        .addAdjustments(Adjustment.builder().id("regular").label("每月坚持").type(AdjustmentType.BONUS)
            .measure(distinctMonths()).pointsEach(d("0.5")).cap(d("2")).build())
        .addVetoes(Veto.builder().id("misconduct").label("违规").measure(count(MISCONDUCT))
            .atLeast(d("1")).build())
        .grading(Grading.builder().quotaRounding(QuotaRounding.FLOOR)
            .addBands(Band.builder().id("EXCELLENT").label("优秀").minTotal(d("85")).quota(d("0.3")).build(),
                Band.of("GOOD", "良好", d("70")), Band.of("PASS", "合格", d("60")),
                Band.of("FAIL", "不合格", d("0")))
            .build())
        .addAwards(Award.builder().id("outstanding-group").label("优秀互助组").addBands("EXCELLENT").build(),
            Award.builder().id("outstanding-leader").label("成绩突出的组长").addBands("EXCELLENT")
                .addRoles(TeamRole.LEADER).build(),
            Award.builder().id("outstanding-teacher").label("成绩突出的教师")
                .addBands("EXCELLENT", "GOOD").addRoles(TeamRole.DEPUTY, TeamRole.MEMBER)
                .individual(IndividualCriterion.of(count(DEMONSTRATION_LESSON, SENT_LESSON), d("2")))
                .build())
        .bundling(Bundling.builder().putCoefficients(TeamRole.LEADER, d("1.0"))
            .putCoefficients(TeamRole.DEPUTY, d("1.0")).putCoefficients(TeamRole.MEMBER, d("1.0"))
            .combination(Combination.MAX).build())
        .build();
  }

  /**
   * 交流教师考核: over the fall term 2012, the share of months with a demonstration lesson (示范课,
   * 50 points) and with a lecture (专题讲座, 50 points) led by the exchange teacher.
   */
  public static Policy exchangeTeacher() {
    return Policy.builder().id("exchange-teacher-2012").title("交流教师考核")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31)))
        .subjects(SubjectSelection.exchanges(ExchangeKind.TEACHING_EXCHANGE))
        .addSections(Section.builder().id("duties").label("每月职责").points(d("100"))
            .addMetrics(
                metric("demonstration", "每月一次示范课", "50", monthlyCompliance(DEMONSTRATION_LESSON),
                    LinearScoring.of(d("1"))),
                metric("lecture", "每月一次专题讲座", "50", monthlyCompliance(LECTURE),
                    LinearScoring.of(d("1"))))
            .build())
        .grading(Grading.builder().addBands(Band.of("QUALIFIED", "合格", d("60")),
            Band.of("UNQUALIFIED", "不合格", d("0"))).build())
        .bundling(Bundling.builder().putCoefficients(TeamRole.MEMBER, d("1.0")).build())
        .build();
  }

  /**
   * 双结对 effectiveness (XX镇): results 60 (practical deeds, publicity, joint activities, funds,
   * jobs), sustainability 20 (follow-up of funds and materials within 90 days), diversity 20
   * (distinct help forms beyond money and goods); a bonus of 5 points for a professional match
   * (专业对口).
   */
  public static Policy doublePairing() {
    Measure diversity = distinctKinds(PRACTICAL_DEED, POLICY_PUBLICITY, JOINT_ACTIVITY,
        JOB_PLACEMENT, CULTURE_DELIVERY, TECHNOLOGY_DELIVERY, PROJECT_DELIVERY, INFORMATION_SERVICE,
        FIELD_RESEARCH, CADRE_TRAINING);
    return Policy.builder().id("double-pairing-2013").title("城乡党组织党员双结对成效考核")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 8, 31)))
        .subjects(SubjectSelection.partyPairingsOnly())
        .addSections(Section.builder().id("results").label("帮扶成效").points(d("60"))
            .addMetrics(
                metric("deeds", "办实事", "15", count(PRACTICAL_DEED), LinearScoring.of(d("6"))),
                metric("publicity", "宣传政策法律", "10", count(POLICY_PUBLICITY), LinearScoring.of(d("4"))),
                metric("joint", "共同开展活动", "10", count(JOINT_ACTIVITY), LinearScoring.of(d("4"))),
                metric("funds", "协调资金", "15", sum(Quantity.AMOUNT_YUAN, FUNDS_COORDINATED),
                    dev.huzhu.evaluation.scoring.RatioToBestScoring.of()),
                metric("jobs", "解决就业", "10", sum(Quantity.JOBS, JOB_PLACEMENT), LinearScoring.of(d("10"))))
            .build())
        .addSections(Section.builder().id("sustainability").label("持续性").points(d("20"))
            .addMetrics(metric("follow-up", "物资资金使用指导监督", "20",
                followUpCoverage(90, FUNDS_COORDINATED, MATERIALS_DELIVERED), LinearScoring.of(d("1"))))
            .build())
        .addSections(Section.builder().id("diversity").label("多样化").points(d("20"))
            .addMetrics(metric("forms", "帮扶形式(送钱送物之外)", "20", diversity, LinearScoring.of(d("5"))))
            .build())
        .addAdjustments(Adjustment.builder().id("professional-match").label("专业对口")
            .type(AdjustmentType.BONUS).measure(dev.huzhu.evaluation.measure.ProfessionalMatchMeasure.of())
            .pointsEach(d("5")).cap(d("5")).build())
        .grading(Grading.builder().addBands(Band.of("EFFECTIVE", "切实有效", d("75")),
            Band.of("FAIR", "基本有效", d("50")), Band.of("WEAK", "成效不足", d("0"))).build())
        .addAwards(Award.builder().id("model-pairing").label("双结对示范点").addBands("EFFECTIVE").top(3).build())
        .bundling(Bundling.builder().putCoefficients(TeamRole.LEADER, d("1.0"))
            .putCoefficients(TeamRole.MEMBER, d("0.8")).build())
        .build();
  }

  /**
   * A bureau's published school quality score (学校教学质量综合得分): S = (合格率×50% + 得分率×45% +
   * 优秀率×5%)×100 on the final quality test, written as three {@code level} metrics of 50, 45 and
   * 5 points scored {@code linear(target: 1)}, rounded as the bureau rounds — once, at the end
   * ({@code rounding: {values: exact, points: total}}): 46.175 + 35.2575 + 1.0515 = 82.484 →
   * 82.48. It assesses research groups, whose score units are their schools' records of their
   * grade and subject (the bureau's score per grade and subject).
   */
  public static Policy qualityFormula() {
    return Policy.builder().id("quality-formula-2013").title("学校教学质量综合得分")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31)))
        .subjects(SubjectSelection.teams(TeamKind.SUBJECT_RESEARCH_GROUP))
        .rounding(Rounding.of(Rounding.Values.EXACT, Rounding.Points.TOTAL))
        .addSections(Section.builder().id("quality").label("教学质量").points(d("100"))
            .addMetrics(
                metric("pass", "合格率", "50",
                    level(TestKind.QUALITY_TEST, Phase.FINAL, ScoreValue.PASS_RATE),
                    LinearScoring.of(d("1"))),
                metric("score", "得分率", "45",
                    level(TestKind.QUALITY_TEST, Phase.FINAL, ScoreValue.SCORE_RATE),
                    LinearScoring.of(d("1"))),
                metric("excellent", "优秀率", "5",
                    level(TestKind.QUALITY_TEST, Phase.FINAL, ScoreValue.EXCELLENT_RATE),
                    LinearScoring.of(d("1"))))
            .build())
        .build();
  }

  /**
   * 城乡均衡 (community balance, docs/assessment.md#built-in-policies): every community over the school year
   * 2012-09 to 2013-08, rounded once ({@code rounding: {values: exact, points: total}}): the
   * narrowing of the core–member gap in 得分率 on the quality test ({@code range} 0 → 0.05, 40), the
   * 差异系数 of the schools' final mathematics means ({@code tiers} at most 0.2 → 30, at most 0.5
   * → 15), the share of teachers on a teaching exchange ({@code linear} to 10%, 20) and the share
   * of backbone teachers among them ({@code linear} to 20%, 10); a veto when the gap in means
   * widens by 0.05 or more; 均衡 from 80, 改善 from 50, else 不均衡.
   */
  public static Policy communityBalance() {
    return Policy.builder().id("community-balance-2013").title("城乡均衡")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 8, 31)))
        .subjects(SubjectSelection.communitiesOnly())
        .rounding(Rounding.of(Rounding.Values.EXACT, Rounding.Points.TOTAL))
        .addSections(Section.builder().id("balance").label("城乡差距").points(d("100"))
            .addMetrics(
                metric("narrowing", "差距缩小", "40",
                    gapChange(TestKind.QUALITY_TEST, ScoreValue.SCORE_RATE),
                    RangeScoring.of(d("0"), d("0.05"))),
                metric("dispersion", "差异系数", "30",
                    DispersionMeasure.builder().test(TestKind.QUALITY_TEST).phase(Phase.FINAL)
                        .schoolSubject(SchoolSubject.MATH).build(),
                    TiersScoring.of(List.of(Tier.atMost(d("0.2"), d("30")),
                        Tier.atMost(d("0.5"), d("15"))))),
                metric("exchange", "交流比例", "20", exchangeShare(ExchangeKind.TEACHING_EXCHANGE),
                    LinearScoring.of(d("0.1"))),
                metric("backbone", "骨干比例", "10", backboneShare(ExchangeKind.TEACHING_EXCHANGE),
                    LinearScoring.of(d("0.2"))))
            .build())
        .addVetoes(Veto.builder().id("widening").measure(gapChange(TestKind.QUALITY_TEST))
            .atMost(d("-0.05")).build())
        .grading(Grading.builder().addBands(Band.of("BALANCED", "均衡", d("80")),
            Band.of("IMPROVING", "改善", d("50")), Band.of("UNBALANCED", "不均衡", d("0"))).build())
        .bundling(Bundling.builder().build())
        .build();
  }

  private static Metric metric(String id, String label, String points, Measure measure, Scoring scoring) {
    return Metric.builder().id(id).label(label).points(d(points)).measure(measure).scoring(scoring).build();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
