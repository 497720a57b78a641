package dev.huzhu.evaluation.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A field says once how a file reads and writes it: which values are written, which left out. */
class FieldTest {
  private static final FieldType<Integer> WHOLE = FieldType.integer();

  @Test
  void aRequiredFieldIsAlwaysWritten() {
    Field<Integer, List<Integer>, Integer> n = Field.required("n", WHOLE, x -> x, List::add);
    assertThat(n.isRequired()).isTrue();
    assertThat(n.written(0)).contains(0);
  }

  @Test
  void anOptionalFieldIsWrittenOnlyWhenPresent() {
    Field<Optional<Integer>, List<Integer>, Integer> n = Field.optional("n", WHOLE, x -> x,
        List::add);
    assertThat(n.isRequired()).isFalse();
    assertThat(n.written(Optional.of(3))).contains(3);
    assertThat(n.written(Optional.empty())).isEmpty();
  }

  @Test
  void aDefaultedFieldIsLeftOutWhenItHoldsItsDefault() {
    Field<Integer, List<Integer>, Integer> n = Field.defaulted("n", WHOLE, 1, x -> x, List::add);
    assertThat(n.isRequired()).isFalse();
    assertThat(n.written(1)).isEmpty();
    assertThat(n.written(2)).contains(2);
  }

  @Test
  void aFieldAlwaysWrittenIsWrittenWithItsDefault() {
    Field<Integer, List<Integer>, Integer> n = Field
        .<Integer, List<Integer>, Integer>defaulted("n", WHOLE, 1, x -> x, List::add)
        .alwaysWritten();
    assertThat(n.isRequired()).isFalse();
    assertThat(n.written(1)).contains(1);
  }

  @Test
  void aFieldHandsAValueReadToTheBuilder() {
    List<Integer> builder = new ArrayList<>();
    Field.<Integer, List<Integer>, Integer>required("n", WHOLE, x -> x, List::add).set(builder, 5);
    assertThat(builder).containsExactly(5);
  }
}
