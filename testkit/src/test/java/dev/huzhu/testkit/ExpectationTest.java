package dev.huzhu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.Activity;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Participant;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.report.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each kind of expectation: its name, what it says when it holds, and when it does not. */
class ExpectationTest {
  static final Report SEED = PolicyVerifierTest.SEED.report();
  /** seed.json alone: no record, every group 0.00, no award has a winner. */
  static final Report NO_RECORDS = Assessment.of(PolicyVerifierTest.ZHUCHENG).run(Seed.structure());

  static ExpectationOutcome check(Expectation e) {
    return e.check(SEED);
  }

  @Test
  void namesSayWhatIsExpectedUntilGivenOne() {
    assertThat(Expectation.total("g-zc-math3", new BigDecimal("92.00")).name())
        .isEqualTo("g-zc-math3 total is 92.00");
    assertThat(Expectation.rawValue("g-zc-math3", "quality", Optional.empty()).name())
        .isEqualTo("g-zc-math3 metric quality raw value is missing");
    assertThat(Expectation.vetoed("g-zc-math3", false).name()).isEqualTo("g-zc-math3 is not vetoed");
    assertThat(Expectation.awardEmpty("outstanding-group").name()).isEqualTo("outstanding-group has no winner");
    assertThat(Expectation.awardNames("outstanding-teacher", "p-zc-math3-exp", false).name())
        .isEqualTo("outstanding-teacher does not name p-zc-math3-exp");
    assertThat(Expectation.personPoints("p-zc-math3-leader", new BigDecimal("92.00"))
        .withName("组长 carries the group").name()).isEqualTo("组长 carries the group");
  }

  @Test
  void whatAResultHoldsWhenItPasses() {
    ExpectationOutcome r = check(Expectation.sectionPoints("g-zc-math3", "process", new BigDecimal("30")));
    assertThat(r.passed()).isTrue();
    assertThat(r.message()).isEqualTo("g-zc-math3 section process points is 30.00");
    assertThat(r.expected()).isEqualTo("30");
    assertThat(r.explanation()).isEmpty();
    // 92.00 is second (behind 五年级语文's 97.10), 87.21 fourth (see Seed)
    assertThat(check(Expectation.orderedBefore("g-zc-math3", "g-zc-chinese3")).message())
        .isEqualTo("order: g-zc-math3 (2) is before g-zc-chinese3 (4)");
    // 五年级数学's 87.06 reaches 85, but the floor(16 × 0.3) = 4 seats of 优秀 go to the four above it
    assertThat(check(Expectation.awardIncludes("outstanding-group", "g-zc-math5", false)).message())
        .isEqualTo("award outstanding-group excludes g-zc-math5: it selects g-zc-chinese5, g-zc-math3,"
            + " g-zc-math4, g-zc-chinese3");
    assertThat(Expectation.awardIncludes("outstanding-group", "g-zc-chinese3", false).check(NO_RECORDS)
        .message()).isEqualTo("award outstanding-group excludes g-zc-chinese3: it has no winner");
  }

  @Test
  void anAwardOfTheOtherKindOrNoneAtAll() {
    ExpectationOutcome people = check(Expectation.awardNames("outstanding-group", "p-zc-math3-leader", true));
    assertThat(people.message()).isEqualTo("award outstanding-group: expected it to name"
        + " p-zc-math3-leader, but it is an award of subjects, not of people");
    ExpectationOutcome subjects = check(Expectation.awardIncludes("outstanding-leader", "g-zc-math3", false));
    assertThat(subjects.passed()).isFalse();
    assertThat(subjects.actual()).isEqualTo("is an award of people, not of subjects");
    ExpectationOutcome none = check(Expectation.awardEmpty("best-group"));
    assertThat(none.message()).isEqualTo("award best-group: expected it to have no winner, but the"
        + " report of zhucheng-bundled-2012 has no award best-group; its awards are"
        + " outstanding-group, outstanding-leader, outstanding-teacher");
    // the explanation of an award is the table and every award's winners, not the 评优晋级 list:
    // the four 优秀 groups (see Seed) and their leaders; then the deputies and members of the 优秀
    // and 良好 groups who led two 示范课 or 送课 of their group or more, group by group in order
    // and by person id: 李伟 a-zc-c5-demo-1 and -3; 林在霞 a-zc-m4-demo-1 and -2, 昌城's 四年级数学
    // deputy a-zc-m4-demo-3 and a-zc-m4-sent-3; 林家村's 三年级语文 deputy a-zc-c3-sent-2 and
    // a-zc-c3-demo-4; 实验小学's 五年级数学 teacher a-zc-m5-demo-1 and -3; 辛兴's 五年级英语 deputy
    // a-zc-e5-demo-1 and a-zc-e5-sent-2; 实验小学's 二年级语文 teacher a-zc-c2-demo-2 and -3 (the
    // vetoed 四年级语文 names nobody)
    assertThat(none.explanation()).endsWith("\n优秀互助组 (outstanding-group): g-zc-chinese5,"
        + " g-zc-math3, g-zc-math4, g-zc-chinese3\n"
        + "成绩突出的组长 (outstanding-leader): p-zc-chinese5-leader (g-zc-chinese5, LEADER),"
        + " p-zc-math3-leader (g-zc-math3, LEADER), p-zc-math4-leader (g-zc-math4, LEADER),"
        + " p-zc-chinese3-leader (g-zc-chinese3, LEADER)\n"
        + "成绩突出的教师 (outstanding-teacher): p-liwei (g-zc-chinese5, MEMBER, 2), p-linzaixia"
        + " (g-zc-math4, MEMBER, 2), p-zc-math4-changcheng (g-zc-math4, DEPUTY, 2),"
        + " p-zc-chinese3-linjiacun (g-zc-chinese3, DEPUTY, 2), p-zc-math5-exp (g-zc-math5, MEMBER, 2),"
        + " p-zc-english5-xinxing (g-zc-english5, DEPUTY, 2), p-zc-chinese2-exp (g-zc-chinese2,"
        + " MEMBER, 2)\n")
        .doesNotContain("评优晋级");
    // and an award without a winner says so
    assertThat(Expectation.awardEmpty("best-group").check(NO_RECORDS).explanation())
        .endsWith("\n优秀互助组 (outstanding-group): none\n"
            + "成绩突出的组长 (outstanding-leader): none\n成绩突出的教师 (outstanding-teacher): none\n")
        .doesNotContain("评优晋级");
  }

  @Test
  void excludingWhatTheReportDoesNotHoldFails() {
    // a typing mistake must not pass as "excluded"
    ExpectationOutcome subject = check(Expectation.awardIncludes("outstanding-group", "g-zc-mat3", false));
    assertThat(subject.passed()).isFalse();
    assertThat(subject.message()).isEqualTo("award outstanding-group: expected it to exclude"
        + " g-zc-mat3, but no subject g-zc-mat3 in the report of zhucheng-bundled-2012; it assesses "
        + PolicyVerifierTest.REPORT_ORDER);
    ExpectationOutcome person = check(Expectation.awardNames("outstanding-teacher", "p-nobody", false));
    assertThat(person.message()).isEqualTo("award outstanding-teacher: expected it not to name"
        + " p-nobody, but p-nobody is not a member of any subject assessed by zhucheng-bundled-2012");
  }

  @Test
  void aPersonNotOnTheList() {
    ExpectationOutcome r = check(Expectation.personPoints("p-zc-exp-vp", BigDecimal.ONE));
    assertThat(r.message()).isEqualTo("p-zc-exp-vp points: expected 1, but p-zc-exp-vp is not a"
        + " member of any subject assessed by zhucheng-bundled-2012");
    assertThat(r.actual()).isEqualTo("not on the list");
  }

  @Test
  void aVetoAndTheGradeItGives() {
    // a MISCONDUCT record of 数学组 in October: the veto strikes; the group keeps its 92.00 (the
    // month was counted already) and gets the last band, 不合格
    Activity misconduct = Activity.builder().id("a-test-misconduct").kind(ActivityKind.MISCONDUCT)
        .date(LocalDate.of(2012, 10, 10)).addCredited("g-zc-math3")
        .addParticipants(Participant.lead("p-zc-math3-leader")).build();
    Report vetoed = PolicyVerifier.of(PolicyVerifierTest.ZHUCHENG).given(Seed.zhucheng(), misconduct)
        .subject("g-zc-math3").isVetoed().hasTotal("92.00").hasBand("FAIL").and().report();
    ExpectationOutcome r = Expectation.vetoed("g-zc-math3", false).check(vetoed);
    assertThat(r.message()).isEqualTo("g-zc-math3 vetoed: expected false, but it is true");
    assertThat(r.explanation()).contains("  一票否决 违规 (misconduct): x = 1 → triggered  [1 record:"
        + " a-test-misconduct]\n");
  }

  @Test
  void aLongTableIsCutToTheNeighboursOfTheSubjectChecked() {
    // seed 7's county of 3 communities has 48 groups of the policy's kind (examples/run-examples
    // prints the same count); a failed rank shows the 5 places either side of the subject's
    Report county = dev.huzhu.evaluation.Assessment.of(PolicyVerifierTest.ZHUCHENG).run(
        dev.huzhu.core.synthetic.SyntheticDatasets.generate(7,
            dev.huzhu.core.synthetic.Scale.of(3, 2, 20_000)).dataset());
    assertThat(county.subjects()).hasSize(48);
    String thirtieth = county.subjects().get(29).id();
    ExpectationOutcome r = Expectation.rank(thirtieth, 1).check(county);
    assertThat(r.passed()).isFalse();
    // the title, the header and its rule, then #25 to #35, then the note
    java.util.List<String> lines = r.explanation().lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines).hasSize(3 + 11 + 1);
    assertThat(lines.get(3)).startsWith("25 ");
    assertThat(lines.get(13)).startsWith("35 ");
    assertThat(lines.get(14)).isEqualTo("(11 of 48 subjects shown: those within 5 places of the one checked)");
    ExpectationOutcome missing = Expectation.total("g-none", BigDecimal.ONE).check(county);
    assertThat(missing.message()).endsWith(", … (48 in all)");
  }
}
