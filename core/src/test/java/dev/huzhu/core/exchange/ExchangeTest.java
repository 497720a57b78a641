package dev.huzhu.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * 李伟老师去辛兴交流: an exchange's term, the calendar months it touches, and the duties owed each
 * month (每月争取上一次示范课和举行一次教育教学专题讲座).
 */
class ExchangeTest {

  @Test
  void termAcrossTheNewYearTouchesFiveMonths() {
    Exchange e = liWei(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31));

    // Sept, Oct, Nov, Dec 2012 and Jan 2013.
    assertThat(e.months()).containsExactly(YearMonth.of(2012, 9), YearMonth.of(2012, 10),
        YearMonth.of(2012, 11), YearMonth.of(2012, 12), YearMonth.of(2013, 1));
  }

  @Test
  void termWithinOneMonthTouchesOneMonth() {
    Exchange e = liWei(LocalDate.of(2013, 3, 15), LocalDate.of(2013, 3, 20));

    assertThat(e.months()).containsExactly(YearMonth.of(2013, 3));
  }

  @Test
  void termOfPartMonthsTouchesBothEndMonths() {
    // 31 days, but spread over two calendar months.
    Exchange e = liWei(LocalDate.of(2012, 10, 20), LocalDate.of(2012, 11, 19));

    assertThat(e.months()).containsExactly(YearMonth.of(2012, 10), YearMonth.of(2012, 11));
  }

  @Test
  void invertedTermTouchesNoMonth() {
    Exchange e = liWei(LocalDate.of(2013, 1, 31), LocalDate.of(2012, 9, 1));

    assertThat(e.months()).isEmpty();
  }

  @Test
  void termCoversItsFirstAndLastDay() {
    Exchange e = liWei(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31));

    assertThat(e.covers(LocalDate.of(2012, 9, 1))).isTrue();
    assertThat(e.covers(LocalDate.of(2012, 11, 13))).isTrue();
    assertThat(e.covers(LocalDate.of(2013, 1, 31))).isTrue();
  }

  @Test
  void termDoesNotCoverTheDaysOutsideIt() {
    Exchange e = liWei(LocalDate.of(2012, 9, 1), LocalDate.of(2013, 1, 31));

    assertThat(e.covers(LocalDate.of(2012, 8, 31))).isFalse();
    assertThat(e.covers(LocalDate.of(2013, 2, 1))).isFalse();
  }

  @Test
  void dutyOfZeroPerMonthIsRefused() {
    Problem problem = assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Duty.of(ActivityKind.DEMONSTRATION_LESSON, 0)).actual().problem();

    assertThat(problem.code()).isEqualTo(CoreProblemCode.QUANTITY_OUT_OF_RANGE);
    assertThat(problem.path()).isEqualTo("perMonth");
    assertThat(problem.message()).contains("0");
  }

  private static Exchange liWei(LocalDate start, LocalDate end) {
    return Exchange.builder().id("x-liwei").person("p-liwei")
        .kind(ExchangeKind.TEACHING_EXCHANGE).from("zc-syxx").to("zc-xinxing")
        .start(start).end(end)
        .addDuties(Duty.of(ActivityKind.DEMONSTRATION_LESSON, 1), Duty.of(ActivityKind.LECTURE, 1))
        .build();
  }
}
