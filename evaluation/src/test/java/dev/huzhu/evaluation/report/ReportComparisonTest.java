package dev.huzhu.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.policy.AssessmentPeriod;
import dev.huzhu.evaluation.subject.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Report#compare}: both reports' totals, ranks and grades per subject, and what moved. */
class ReportComparisonTest {
  private static SubjectResult subject(String id, String label, int rank, String total, String band,
      String bandLabel, boolean vetoed) {
    return SubjectResult.builder().id(id).kind(SubjectKind.TEAM).label(label).order(rank).rank(rank)
        .total(new BigDecimal(total)).band(band).bandLabel(bandLabel).vetoed(vetoed).build();
  }

  private static Report report(String policy, SubjectResult... subjects) {
    return Report.builder().policyId(policy).title("中心教研组捆绑考核")
        .period(AssessmentPeriod.of(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31)))
        .addSubjects(subjects).build();
  }

  // before: a quota of 30% gives one 优秀 seat among four groups (floor 1.2 = 1);
  // after: a quota of 50% gives two (floor 2.0), so 数学三年级 becomes 优秀 with the same total
  private static final Report BEFORE = report("zc-30",
      subject("g-zc-chinese3", "三年级语文", 1, "91.00", "EXCELLENT", "优秀", false),
      subject("g-zc-math3", "三年级数学", 2, "87.06", "GOOD", "良好", false),
      subject("g-zc-chinese4", "四年级语文", 3, "80.00", "GOOD", "良好", false),
      subject("g-zc-math4", "四年级数学", 4, "52.50", "FAIL", "不合格", false));
  private static final Report AFTER = report("zc-50",
      subject("g-zc-chinese3", "三年级语文", 1, "91.00", "EXCELLENT", "优秀", false),
      subject("g-zc-math3", "三年级数学", 2, "87.06", "EXCELLENT", "优秀", false),
      subject("g-zc-math4", "四年级数学", 3, "55.00", "FAIL", "不合格", false),
      subject("g-zc-chinese4", "四年级语文", 4, "0.00", "FAIL", "不合格", true));

  @Test
  void eachSubjectHasBothFiguresAndTheirChange() {
    ReportComparison c = BEFORE.compare(AFTER);
    assertThat(c.policyBefore()).isEqualTo("zc-30");
    assertThat(c.policyAfter()).isEqualTo("zc-50");
    SubjectChange math3 = c.subject("g-zc-math3").orElseThrow();
    assertThat(math3.bandBefore()).contains("良好 GOOD");
    assertThat(math3.bandAfter()).contains("优秀 EXCELLENT");
    assertThat(math3.totalChange()).contains(new BigDecimal("0.00"));
    assertThat(math3.rankChange()).contains(0);
    assertThat(math3.moved()).isTrue();
    // 四年级数学: 52.50 → 55.00 is +2.50, rank 4 → 3 is one place up
    SubjectChange math4 = c.subject("g-zc-math4").orElseThrow();
    assertThat(math4.totalChange()).contains(new BigDecimal("2.50"));
    assertThat(math4.rankChange()).contains(1);
    // 四年级语文 was vetoed: 80.00 → 0.00, rank 3 → 4
    SubjectChange chinese4 = c.subject("g-zc-chinese4").orElseThrow();
    assertThat(chinese4.totalChange()).contains(new BigDecimal("-80.00"));
    assertThat(chinese4.rankChange()).contains(-1);
    assertThat(chinese4.vetoedAfter()).isTrue();
    assertThat(c.subject("g-zc-chinese3").orElseThrow().moved()).isFalse();
    assertThat(c.moved()).extracting(SubjectChange::id)
        .containsExactly("g-zc-math3", "g-zc-math4", "g-zc-chinese4");
  }

  @Test
  void subjectsInOneReportOnlyComeAfterTheOthers() {
    Report after = report("zc-50",
        subject("g-zc-math3", "三年级数学", 1, "87.06", "GOOD", "良好", false),
        subject("g-zc-english3", "三年级英语", 2, "70.00", "GOOD", "良好", false));
    ReportComparison c = BEFORE.compare(after);
    assertThat(c.subjects()).extracting(SubjectChange::id).containsExactly("g-zc-math3",
        "g-zc-english3", "g-zc-chinese3", "g-zc-chinese4", "g-zc-math4");
    SubjectChange english3 = c.subject("g-zc-english3").orElseThrow();
    assertThat(english3.totalBefore()).isEmpty();
    assertThat(english3.totalChange()).isEmpty();
    assertThat(english3.moved()).isTrue();
    assertThat(c.subject("g-zc-chinese3").orElseThrow().rankAfter()).isEqualTo(Optional.empty());
  }

  @Test
  void theTableShowsWhatMoved() {
    // column widths (CJK two columns each): 13 + 10 + 12 + 11 + 6 + 11 + 10 + 12 + 22 + 19 = 126,
    // with 9 gaps of two: a rule of 144; 四年级语文 moved down, from 良好 to 不合格, and was vetoed
    assertThat(BEFORE.compare(AFTER).table(true)).isEqualTo(String.join("\n",
        "zc-30 → zc-50: 3 of 4 subjects moved",
        "subject        name        total before  total after  change  rank before  rank after"
            + "  grade before  grade after",
        "-".repeat(144),
        "g-zc-math3     三年级数学         87.06        87.06    0.00            2           2"
            + "  良好 GOOD     优秀 EXCELLENT          grade",
        "g-zc-math4     四年级数学         52.50        55.00   +2.50            4           3"
            + "  不合格 FAIL   不合格 FAIL             up 1",
        "g-zc-chinese4  四年级语文         80.00         0.00  -80.00            3           4"
            + "  良好 GOOD     不合格 FAIL (一票否决)  down 1, grade, veto",
        ""));
  }
}
