package dev.huzhu.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.evaluation.form.Field;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scorings policy files name: listed once each, in the order messages list them, each under
 * the word its values give as their {@code type}, with its fields in the order files write them.
 */
class ScoringKindsTest {
  @Test
  void theScoringsAreListedInTheOrderMessagesListThem() {
    assertThat(ScoringKinds.BUILT_IN.words())
        .containsExactly("linear", "tiers", "relative", "rank", "ratioToBest", "range");
  }

  static Stream<Arguments> scorings() {
    return Stream.of(
        Arguments.of(LinearScoring.of(BigDecimal.ONE), "target"),
        Arguments.of(TiersScoring.of(List.of(Tier.of(BigDecimal.ONE, BigDecimal.TEN))), "tiers"),
        Arguments.of(RelativeScoring.of(), ""),
        Arguments.of(RankScoring.of(), ""),
        Arguments.of(RatioToBestScoring.of(), ""),
        Arguments.of(RangeScoring.of(BigDecimal.ZERO, BigDecimal.ONE), "zeroAt, fullAt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorings")
  void eachScoringIsListedUnderItsTypeWithItsFieldsInFileOrder(Scoring scoring, String fields) {
    assertThat(ScoringKinds.BUILT_IN.find(scoring.type())).containsSame(scoring.kind());
    assertThat(scoring.kind().type().isInstance(scoring)).isTrue();
    assertThat(scoring.kind().form().fields().stream().map(Field::name)
        .collect(Collectors.joining(", "))).isEqualTo(fields);
  }

  @Test
  void aTierIsWrittenAsItsThresholdThenItsPoints() {
    // a tier states one of atLeast and atMost; the other is left out
    assertThat(Tier.FORM.fields()).extracting(Field::name)
        .containsExactly("atLeast", "atMost", "points");
  }
}
