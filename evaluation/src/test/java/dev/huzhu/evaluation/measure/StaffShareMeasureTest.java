package dev.huzhu.evaluation.measure;

import static dev.huzhu.evaluation.measure.SeedGroups.AIDONG;
import static dev.huzhu.evaluation.measure.SeedGroups.BASE;
import static dev.huzhu.evaluation.measure.SeedGroups.CHANGCHENG;
import static dev.huzhu.evaluation.measure.SeedGroups.CORE;
import static dev.huzhu.evaluation.measure.SeedGroups.HUANGHUA;
import static dev.huzhu.evaluation.measure.SeedGroups.LI_WEI;
import static dev.huzhu.evaluation.measure.SeedGroups.X_LIWEI;
import static dev.huzhu.evaluation.measure.SeedGroups.X_WANGFANG;
import static dev.huzhu.evaluation.measure.SeedGroups.ZHAO_MIN;
import static dev.huzhu.evaluation.measure.SeedGroups.assertEvidence;
import static dev.huzhu.evaluation.measure.SeedGroups.assertPoints;
import static dev.huzhu.evaluation.measure.SeedGroups.assertValue;
import static dev.huzhu.evaluation.measure.SeedGroups.metric;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.school.Locality;
import dev.huzhu.evaluation.policy.SubjectSelection;
import dev.huzhu.evaluation.report.MetricResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@code exchangeShare(kinds)} and {@code backboneShare(kinds)} of a community or a school, over
 * the term 2012-09-01 … 2013-01-31. 诸城's teachers (role {@code TEACHER}): 李伟 (骨干) and 纪永梅 of
 * 实验小学, 王芳 of 辛兴, 张丽 of 林家村, 赵敏 of 昌城, 孙燕 of 皇华 — six; the principal 谢建伟 is not
 * one. Exchanges: 李伟 2012-09-01 … 2013-01-31 and 王芳 2012-11-01 … 2013-03-31 overlap the term;
 * 张丽 2013-03-01 … 2013-06-30 does not.
 */
class StaffShareMeasureTest {
  private static final SubjectSelection COMMUNITIES = SubjectSelection.communitiesOnly();
  private static final SubjectSelection SCHOOLS =
      SubjectSelection.schools(Locality.URBAN, Locality.TOWNSHIP, Locality.VILLAGE);
  private static final String ZC = "c-zc";

  @Test
  void shareOfTeachersOnAnExchangeOverlappingThePeriod() {
    MetricResult m = metric(BASE, COMMUNITIES,
        Measures.exchangeShare(ExchangeKind.TEACHING_EXCHANGE), "20", "0.1", ZC);
    assertValue("0.3333", m); // 李伟 and 王芳 of six: 2 / 6 = 0.3333…; 张丽's term starts after the period
    assertPoints("20.00", m); // clamp(0.3333, 0, 0.1) → 20 × 0.1 / 0.1 = 20
    assertEvidence(m, X_LIWEI, X_WANGFANG);
  }

  @Test
  void aTeacherOnOverlappingExchangesCountsOnceAndATermTouchingThePeriodCounts() {
    Dataset d = Dataset.builder().copyFrom(BASE).addExchanges(
        // 李伟 also shadows at 辛兴 during his exchange: still one exchanged teacher
        exchange("x-liwei-shadow", LI_WEI, ExchangeKind.SHADOWING, CORE, "zc-xinxing",
            "2012-10-01", "2012-12-31"),
        // 赵敏's exchange ends on the period's first day: both end dates included, it counts
        exchange("x-zhaomin", ZHAO_MIN, ExchangeKind.TEACHING_EXCHANGE, CHANGCHENG, CORE,
            "2012-03-01", "2012-09-01")).build();
    MetricResult all = metric(d, COMMUNITIES, Measures.exchangeShare(), "20", "0.1", ZC);
    assertValue("0.5000", all); // 李伟, 王芳, 赵敏 of six: 3 / 6 = 0.5
    assertEvidence(all, X_LIWEI, X_WANGFANG, "x-zhaomin"); // 李伟's smallest exchange id
    MetricResult backbone = metric(d, COMMUNITIES, Measures.backboneShare(), "10", "0.2", ZC);
    assertValue("0.3333", backbone); // of those three only 李伟 is 骨干: 1 / 3 = 0.3333…
    assertPoints("10.00", backbone); // clamp(0.3333, 0, 0.2) → 10
    MetricResult shadowing = metric(d, COMMUNITIES,
        Measures.backboneShare(ExchangeKind.SHADOWING), "10", "0.2", ZC);
    assertValue("1.0000", shadowing); // only 李伟 shadows, and he is 骨干: 1 / 1
    MetricResult shadowShare = metric(d, COMMUNITIES,
        Measures.exchangeShare(ExchangeKind.SHADOWING), "20", "0.1", ZC);
    assertValue("0.1667", shadowShare); // 1 / 6 = 0.16666… → 0.1667
  }

  @Test
  void backboneShareIsMissingWithNoneExchanged() {
    MetricResult m = metric(BASE, COMMUNITIES, Measures.backboneShare(ExchangeKind.CADRE_EXCHANGE),
        "10", "0.2", ZC);
    assertTrue(m.value().isEmpty());
    assertPoints("0.00", m);
  }

  @Test
  void aSchoolCountsItsOwnTeachers() {
    // 实验小学: 李伟 and 纪永梅; 李伟 is exchanged: 1 / 2
    assertValue("0.5000", metric(BASE, SCHOOLS, Measures.exchangeShare(), "20", "0.1", CORE));
    assertValue("1.0000", metric(BASE, SCHOOLS, Measures.backboneShare(), "10", "0.2", CORE));
    // 皇华: 孙燕, not exchanged: 0 / 1
    assertValue("0.0000", metric(BASE, SCHOOLS, Measures.exchangeShare(), "20", "0.1", HUANGHUA));
    assertTrue(metric(BASE, SCHOOLS, Measures.backboneShare(), "10", "0.2", HUANGHUA).value()
        .isEmpty());
    // 艾东 has no teacher: missing
    assertTrue(metric(BASE, SCHOOLS, Measures.exchangeShare(), "20", "0.1", AIDONG).value()
        .isEmpty());
  }

  private static Exchange exchange(String id, String person, ExchangeKind kind, String from,
      String to, String start, String end) {
    return Exchange.builder().id(id).person(person).kind(kind).from(from).to(to)
        .start(LocalDate.parse(start)).end(LocalDate.parse(end)).build();
  }
}
