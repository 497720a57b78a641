package dev.huzhu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.Dataset;
import dev.huzhu.core.person.Person;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.report.Report;
import dev.huzhu.evaluation.report.SubjectResult;
import dev.huzhu.io.ReportFiles;
import dev.huzhu.testkit.property.PolicyChecks;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 济宁's 手拉手: the ten pairings of 济宁学院附小科苑校区 and 接庄十里营小学 assessed by
 * {@code jining-pairing.yaml} over their first year (2016-03 to 2017-02), and the promise that
 * the report names no pupil and no parent in any of its forms.
 */
class JiningSiteTest {
  private static Dataset seed;
  private static Report report;

  @BeforeAll
  static void assess() {
    seed = SeedFiles.read();
    report = Assessment.of(SeedFiles.policy(Site.JINING)).run(seed);
  }

  /**
   * The standard property checks on generated datasets: 20 seeds, as the default 100 take half a
   * minute on a build machine.
   */
  @Test
  void thePolicyIsSane() {
    PolicyChecks.of(SeedFiles.policy(Site.JINING)).withSeeds(1, 20).run().assertPassed();
  }

  /**
   * sp-jn-02 (学生与学生结对), by hand from jining-activities.csv:
   * <pre>
   * 书信交流: letters 03-29, 04-26, 05-24, 06-21, 07-12, 09-27, 10-25, 11-22, 12-20, 2017-01-17:
   *   10 letters, 10 months (none in August or February)
   *   书信往来 linear 12: 20 × 10 / 12 = 16.666… → 16.67; 每月坚持 10 ≥ 10 → 20; section 36.67
   * 互访交流: 牵手走进城市 05-28 (1) → 10; 牵手走进乡村 07-16 (1) → 10; 体验教育基地 06-04 (1) → 10;
   *   section 30.00
   * 共读共育: 交换一本好书 04-23 and 2017-01-14 (2) → 10; 革命传统教育 04-01 (1) → 10; section 20.00
   * total = 36.67 + 30.00 + 20.00 = 86.67 ≥ 85: 优秀, third after sp-jn-01 (95.00) and sp-jn-08
   * (88.33)
   * </pre>
   */
  @Test
  void pairingTwoReAddsByHand() {
    SubjectResult two = report.subject("sp-jn-02").orElseThrow();
    assertThat(two.metric("letters").orElseThrow().value()).contains(new BigDecimal("10"));
    assertThat(two.metric("letters").orElseThrow().points()).isEqualByComparingTo("16.67");
    assertThat(two.metric("months").orElseThrow().value()).contains(new BigDecimal("10"));
    assertThat(two.metric("months").orElseThrow().points()).isEqualByComparingTo("20");
    assertThat(two.section("letters").orElseThrow().points()).isEqualByComparingTo("36.67");
    assertThat(two.section("visits").orElseThrow().points()).isEqualByComparingTo("30");
    assertThat(two.section("growing").orElseThrow().points()).isEqualByComparingTo("20");
    assertThat(two.total()).isEqualByComparingTo("86.67");
    assertThat(two.bandLabel()).contains("优秀");
    assertThat(two.order()).isEqualTo(3);
  }

  /**
   * Every pairing's total and band, each re-added as above (letters 20 × n / 12, months tiers
   * 10/6/3 → 20/12/6, visits tiers 2/1 → 15/10, base 1 → 10, books 2/1 → 10/6, tradition 1 → 10).
   */
  @Test
  void everyPairingHasItsTotalAndBand() {
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("sp-jn-01", "95.00 优秀");   // 20 + 20 + 15 + 10 + 10 + 10 + 10
    expected.put("sp-jn-08", "88.33 优秀");   // 18.33 + 20 + 15 + 15 + 10 + 10 + 0 (a family)
    expected.put("sp-jn-02", "86.67 优秀");   // worked above
    expected.put("sp-jn-06", "80.33 良好");   // 18.33 + 12 + 10 + 10 + 10 + 10 + 10 (9 months)
    expected.put("sp-jn-09", "73.67 良好");   // 11.67 + 12 + 15 + 15 + 10 + 10 + 0 (a family)
    expected.put("sp-jn-04", "69.67 合格");   // 11.67 + 12 + 10 + 10 + 10 + 6 + 10
    expected.put("sp-jn-07", "68.00 合格");   // 10.00 + 12 + 10 + 10 + 10 + 6 + 10
    expected.put("sp-jn-03", "50.33 待加强"); // 8.33 + 6 + 10 + 0 + 10 + 6 + 10: stopped in June
    expected.put("sp-jn-05", "47.00 待加强"); // 5.00 + 6 + 10 + 0 + 10 + 6 + 10
    expected.put("sp-jn-10", "13.33 待加强"); // 3.33 + 0 + 0 + 10 + 0 + 0 + 0: lapsed after April
    // 诸城's three pairings of 2011 are pupil pairings too, but not within c-jn: not assessed
    Map<String, String> actual = report.subjects().stream().collect(Collectors.toMap(
        SubjectResult::id, s -> s.total().toPlainString() + " " + s.bandLabel().orElseThrow(),
        (a, b) -> a, java.util.LinkedHashMap::new));
    assertThat(actual).containsExactlyEntriesOf(expected);
  }

  @Test
  void theThreeExcellentPairingsAreTheModelPairs() {
    assertThat(report.award("model-pair").orElseThrow().subjects())
        .containsExactly("sp-jn-01", "sp-jn-08", "sp-jn-02");
    assertThat(report.personal()).isEmpty();
  }

  @Test
  void theReportNamesNoPupilAndNoParent() {
    List<Person> minors = seed.people().stream().filter(p -> !p.isNameable()).toList();
    // the ten pairings' twenty pupils and parents, and 诸城's six
    assertThat(minors).hasSizeGreaterThanOrEqualTo(20);
    List<String> forms = new ArrayList<>();
    forms.add(report.table());
    forms.add(report.awardsAndPeople());
    forms.add(report.awardsText());
    report.subjects().forEach(s -> forms.add(report.explain(s.id())));
    forms.add(ReportFiles.toJson(report));
    forms.add(ReportFiles.toText(report));
    StringWriter subjects = new StringWriter();
    ReportFiles.writeSubjectsCsv(report, subjects);
    forms.add(subjects.toString());
    StringWriter people = new StringWriter();
    ReportFiles.writePeopleCsv(report, people);
    forms.add(people.toString());
    for (String form : forms) {
      for (Person minor : minors) {
        assertThat(form).doesNotContain(minor.name()).doesNotContain(minor.id());
      }
      // no placeholder either, in case one is renamed
      assertThat(form).doesNotContain("学生0").doesNotContain("家长0").doesNotContain("家长1");
    }
  }
}
