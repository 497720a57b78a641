package dev.huzhu.evaluation.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.activity.Quantity;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.Kind;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The measures policy files name: listed once each, in the order messages list them, each under
 * the word its values give as their {@code type}, with its fields in the order files write them.
 */
class MeasureKindsTest {
  @Test
  void theMeasuresAreListedInTheOrderMessagesListThem() {
    assertThat(MeasureKinds.BUILT_IN.words()).containsExactly("count", "sum", "mean",
        "distinctMonths", "distinctSchools", "distinctKinds", "perMember", "improvement",
        "improvementRate", "level", "gap", "gapChange", "dispersion", "exchangeShare",
        "backboneShare", "followUpCoverage", "monthlyCompliance", "professionalMatch");
  }

  static Stream<Arguments> measures() {
    return Stream.of(
        Arguments.of(Measures.count(), "kinds, subject, grade, direction, stages, tags", null),
        Arguments.of(Measures.sum(Quantity.LESSONS),
            "kinds, quantity, subject, grade, direction, stages, tags",
            "quantity, kinds, subject, grade, direction, stages, tags"),
        Arguments.of(Measures.mean(Quantity.RATING),
            "kinds, quantity, subject, grade, direction, stages, tags",
            "quantity, kinds, subject, grade, direction, stages, tags"),
        Arguments.of(Measures.distinctMonths(), "kinds, subject, grade, direction, stages, tags", null),
        Arguments.of(Measures.distinctSchools(), "kinds, subject, grade, direction, stages, tags", null),
        Arguments.of(Measures.distinctKinds(), "kinds, subject, grade, direction, stages, tags", null),
        Arguments.of(Measures.perMember(Measures.count()), "of", null),
        Arguments.of(Measures.improvement(TestKind.QUALITY_TEST), "test, subject, grade, of", null),
        Arguments.of(Measures.improvementRate(TestKind.SPOT_CHECK), "test, subject, grade, of", null),
        Arguments.of(Measures.level(TestKind.QUALITY_TEST, Phase.FINAL),
            "test, phase, subject, grade, of", null),
        Arguments.of(Measures.gap(TestKind.QUALITY_TEST, Phase.FINAL),
            "test, phase, subject, grade, of", null),
        Arguments.of(Measures.gapChange(TestKind.QUALITY_TEST), "test, subject, grade, of", null),
        Arguments.of(Measures.dispersion(TestKind.QUALITY_TEST, Phase.FINAL),
            "test, phase, subject, grade, of", null),
        Arguments.of(Measures.exchangeShare(), "kinds", null),
        Arguments.of(Measures.backboneShare(), "kinds", null),
        Arguments.of(Measures.followUpCoverage(30, ActivityKind.FUNDS_COORDINATED),
            "kinds, withinDays, subject, grade, direction, stages, tags",
            "withinDays, kinds, subject, grade, direction, stages, tags"),
        Arguments.of(Measures.monthlyCompliance(), "kinds, subject, grade, direction, stages, tags", null),
        Arguments.of(ProfessionalMatchMeasure.of(), "", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void eachMeasureIsListedUnderItsTypeWithItsFieldsInFileOrder(Measure measure, String written,
      String read) {
    assertThat(MeasureKinds.BUILT_IN.find(measure.type())).containsSame(measure.kind());
    assertThat(measure.kind().type().isInstance(measure)).isTrue();
    assertThat(names(measure.kind().form().fields())).isEqualTo(written);
    // the measure's own fields are read before the filters: the order of a file's problems
    assertThat(names(measure.kind().form().readOrder())).isEqualTo(read == null ? written : read);
  }

  @Test
  void aScoreMeasureWritesItsValueOnlyWhenItIsNotTheMean() {
    assertThat(written(Measures.improvement(TestKind.QUALITY_TEST))).isEqualTo("test");
    assertThat(written(Measures.improvement(TestKind.QUALITY_TEST, ScoreValue.PASS_RATE)))
        .isEqualTo("test, of");
  }

  @Test
  void aScoreMeasureWritesItsSubjectAndGradeOnlyWhenSet() {
    assertThat(written(LevelMeasure.builder().test(TestKind.QUALITY_TEST).phase(Phase.FINAL)
        .schoolSubject(SchoolSubject.MATH).grade(3).build())).isEqualTo("test, phase, subject, grade");
  }

  @Test
  void aMeasureOfTeachersAlwaysWritesItsKinds() {
    assertThat(written(Measures.exchangeShare())).isEqualTo("kinds");
  }

  @Test
  void aFilteredMeasureAlwaysWritesItsKindsAndItsOtherFiltersWhenSet() {
    assertThat(written(Measures.count())).isEqualTo("kinds");
    assertThat(written(CountMeasure.builder().grade(3).addTags("送教下乡").build()))
        .isEqualTo("kinds, grade, tags");
  }

  private static String names(List<? extends Field<?, ?, ?>> fields) {
    return fields.stream().map(Field::name).collect(Collectors.joining(", "));
  }

  /** The names of the fields a file writes for the measure. */
  private static String written(Measure measure) {
    return written(measure.kind(), measure);
  }

  private static <T> String written(Kind<T> kind, Measure measure) {
    T value = kind.type().cast(measure);
    return kind.form().fields().stream().filter(f -> isWritten(f, value)).map(Field::name)
        .collect(Collectors.joining(", "));
  }

  private static <T> boolean isWritten(Field<? super T, ?, ?> field, T value) {
    return field.written(value).isPresent();
  }
}
