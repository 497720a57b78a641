package dev.huzhu.evaluation.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A form builds its value from the fields a file gives, in the orders it says. */
class FormTest {
  // a value of two whole numbers, built by a list that collects them
  private static final Field<List<Integer>, List<Integer>, Integer> FIRST =
      Field.required("first", FieldType.integer(), v -> v.get(0), List::add);
  private static final Field<List<Integer>, List<Integer>, Integer> SECOND =
      Field.required("second", FieldType.integer(), v -> v.get(1), List::add);
  private static final Form<List<Integer>, List<Integer>> PAIR =
      Form.of(ArrayList::new, List::copyOf, FIRST, SECOND);

  @Test
  void aFormBuildsItsValueFromWhatItsFieldsHandedToItsBuilder() {
    List<Integer> builder = PAIR.newBuilder();
    FIRST.set(builder, 3);
    SECOND.set(builder, 4);
    assertThat(PAIR.build(builder)).containsExactly(3, 4);
    assertThat(PAIR.newBuilder()).as("a fresh builder each time").isEmpty();
  }

  @Test
  void aFormReadsItsFieldsInTheOrderItWritesThemUnlessItSaysOtherwise() {
    assertThat(PAIR.readOrder()).containsExactly(FIRST, SECOND);
    Form<List<Integer>, List<Integer>> secondFirst = PAIR.readInOrder(List.of(SECOND, FIRST));
    assertThat(secondFirst.readOrder()).containsExactly(SECOND, FIRST);
    assertThat(secondFirst.fields()).containsExactly(FIRST, SECOND);
  }

  @Test
  void aFormReadsExactlyTheFieldsItWrites() {
    assertThatIllegalArgumentException().isThrownBy(() -> PAIR.readInOrder(List.of(FIRST)));
    assertThatIllegalArgumentException().isThrownBy(() -> PAIR.readInOrder(List.of(FIRST, FIRST)));
  }

  @Test
  void twoFieldsOfAFormCannotShareAName() {
    Field<List<Integer>, List<Integer>, Integer> another =
        Field.required("first", FieldType.integer(), v -> v.get(1), List::add);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Form.of(ArrayList::new, List::copyOf, FIRST, another));
  }

  @Test
  void aFormWithoutFieldsBuildsItsOneValue() {
    Form<String, String> rank = Form.empty(() -> "rank");
    assertThat(rank.fields()).isEmpty();
    assertThat(rank.build(rank.newBuilder())).isEqualTo("rank");
  }
}
