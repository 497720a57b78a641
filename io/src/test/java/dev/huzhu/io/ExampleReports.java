package dev.huzhu.io;

import com.google.common.collect.ImmutableList;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.evaluation.measure.Evidence;
import dev.huzhu.evaluation.policy.AdjustmentType;
import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.report.AdjustmentResult;
import dev.huzhu.evaluation.report.AwardResult;
import dev.huzhu.evaluation.report.AwardedPerson;
import dev.huzhu.evaluation.report.MetricResult;
import dev.huzhu.evaluation.report.PersonalPoints;
import dev.huzhu.evaluation.report.PointSource;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SectionResult;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.evaluation.report.VetoResult;
import dev.huzhu.evaluation.subject.SubjectKind;
import dev.huzhu.evaluation.subject.SubjectMember;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A small report built by hand: two research groups (the second vetoed, with a missing metric and
 * a missing adjustment value), a person in both groups, names with a comma and a formula start.
 */
final class ExampleReports {
  private ExampleReports() {}

  static BigDecimal d(String text) {
    return new BigDecimal(text);
  }

  static Evidence records(long count, String... ids) {
    return Evidence.of(ImmutableList.copyOf(ids), count);
  }

  static MetricResult metric(String id, String label, String max, String value, String points,
      Evidence evidence) {
    var b = MetricResult.builder().id(id).label(label).maxPoints(d(max)).points(d(points))
        .evidence(evidence);
    if (value != null) {
      b.value(d(value));
    }
    return b.build();
  }

  static Report tiny() {
    SubjectResult math = SubjectResult.builder().id("g-math").kind(SubjectKind.TEAM)
        .label("数学中心教研组").order(1).rank(1)
        .total(d("87.50")) // 27.50 + 58.50 + 1.50
        .band("EXCELLENT").bandLabel("优秀").vetoed(false)
        .addSections(SectionResult.builder().id("process").label("过程性评价").maxPoints(d("40"))
            .points(d("27.50")) // 20.00 + 7.50
            .addMetrics(metric("materials", "组内交流材料", "20", "12", "20.00",
                records(3, "a-1", "a-2")))
            .addMetrics(metric("thematic", "专题活动", "20", "3", "7.50", records(3, "a-3", "a-4", "a-5")))
            .build())
        .addSections(SectionResult.builder().id("outcome").label("终结性评价").maxPoints(d("60"))
            .points(d("58.50"))
            .addMetrics(metric("quality", "教学质量检测提高幅度", "60", "3.9000", "58.50",
                records(2, "s-1/3/MATH/QUALITY_TEST/END", "s-2/3/MATH/QUALITY_TEST/END")))
            .build())
        .addAdjustments(AdjustmentResult.builder().id("regular").label("常态活动")
            .type(AdjustmentType.BONUS).value(d("3")).points(d("1.50")).evidence(records(3, "a-1", "a-3", "a-5"))
            .build())
        .addVetoes(VetoResult.builder().id("misconduct").label("违纪").value(d("0")).triggered(false)
            .evidence(Evidence.none()).build())
        .addMembers(SubjectMember.of("p-1", TeamRole.LEADER), SubjectMember.of("p-2", TeamRole.MEMBER))
        .build();
    SubjectResult chinese = SubjectResult.builder().id("g-chin").kind(SubjectKind.TEAM)
        .label("语文中心教研组").order(2).rank(2)
        .total(d("24.67")) // 6.67 + 18.00 + 0.00
        .band("FAIL").bandLabel("不合格").vetoed(true)
        .addSections(SectionResult.builder().id("process").label("过程性评价").maxPoints(d("40"))
            .points(d("6.67"))
            .addMetrics(metric("materials", "组内交流材料", "20", "4", "6.67", records(1, "a-9")))
            .addMetrics(metric("thematic", "专题活动", "20", null, "0.00", Evidence.none()))
            .build())
        .addSections(SectionResult.builder().id("outcome").label("终结性评价").maxPoints(d("60"))
            .points(d("18.00"))
            .addMetrics(metric("quality", "教学质量检测提高幅度", "60", "1.2000", "18.00",
                records(1, "s-3/3/CHINESE/QUALITY_TEST/END")))
            .build())
        .addAdjustments(AdjustmentResult.builder().id("regular").label("常态活动")
            .type(AdjustmentType.BONUS).points(d("0.00")).evidence(Evidence.none()).build())
        .addVetoes(VetoResult.builder().id("misconduct").label("违纪").value(d("1")).triggered(true)
            .evidence(records(1, "a-10")).build())
        .addMembers(SubjectMember.of("p-2", TeamRole.LEADER), SubjectMember.of("p-3", TeamRole.MEMBER))
        .build();
    return Report.builder().policyId("demo").title("示例考核")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31)))
        .addSubjects(math, chinese)
        .addAwards(AwardResult.builder().id("outstanding-group").label("优秀互助组").forPeople(false)
            .addSubjects("g-math").build())
        .addAwards(AwardResult.builder().id("outstanding-teacher").label("成绩突出的教师").forPeople(true)
            .addSubjects("g-math")
            .addPeople(AwardedPerson.builder().person("p-2").subject("g-math").role(TeamRole.MEMBER)
                .value(d("2")).build())
            .build())
        .addPersonal(PersonalPoints.builder().person("p-1").name("李明").points(d("87.50"))
            .addSources(source("g-math", TeamRole.LEADER, "87.50", "1.0", "87.50")).build())
        .addPersonal(PersonalPoints.builder().person("p-2").name("Wang, Fang").points(d("87.50"))
            .addSources(source("g-math", TeamRole.MEMBER, "87.50", "1.0", "87.50"))
            .addSources(source("g-chin", TeamRole.LEADER, "24.67", "1.0", "24.67")).build())
        .addPersonal(PersonalPoints.builder().person("p-3").name("=李娟").points(d("19.74"))
            // 24.67 × 0.8 = 19.736 → 19.74
            .addSources(source("g-chin", TeamRole.MEMBER, "24.67", "0.8", "19.74")).build())
        .build();
  }

  private static PointSource source(String subject, TeamRole role, String total, String coefficient,
      String points) {
    return PointSource.builder().subject(subject).role(role).total(d(total))
        .coefficient(d(coefficient)).points(d(points)).build();
  }
}
