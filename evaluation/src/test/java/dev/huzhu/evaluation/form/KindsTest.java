package dev.huzhu.evaluation.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.policy.PolicyProblemCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The kinds of a family are found by their words, in the order they were listed, more are added
 * last, and a kind's checks report at the paths of the fields they concern.
 */
class KindsTest {
  /** A family of two made-up kinds, each a value of a whole number. */
  private static final class Toy implements Kinded {
    private final Kind<Toy> kind;
    private final int n;

    Toy(Kind<Toy> kind, int n) {
      this.kind = kind;
      this.n = n;
    }

    @Override
    public Kind<Toy> kind() {
      return kind;
    }
  }

  private static final Field<Toy, List<Integer>, Integer> N =
      Field.required("n", FieldType.integer(), t -> t.n, List::add);

  private static Kind<Toy> kind(String word) {
    // the toys a kind builds refer to the kind
    AtomicReference<Kind<Toy>> self = new AtomicReference<>();
    self.set(Kind.of(word, Toy.class,
        Form.of(ArrayList::new, l -> new Toy(self.get(), l.get(0)), N)));
    return self.get();
  }

  private static final Kind<Toy> ONE = kind("one");
  private static final Kind<Toy> TWO = kind("two");
  private static final Kind<Toy> THREE = kind("three");

  @Test
  void kindsAreFoundByTheirWordsInTheOrderListed() {
    Kinds<Toy> toys = Kinds.of(Toy.class, "toy", TWO, ONE);
    assertThat(toys.words()).containsExactly("two", "one");
    assertThat(toys.find("one")).containsSame(ONE);
    assertThat(toys.find("One")).isEmpty();
    assertThat(toys.noun()).isEqualTo("toy");
    assertThat(toys.family()).isEqualTo(Toy.class);
  }

  @Test
  void aKindAddedIsListedLastAndTheKindsAddedToAreUnchanged() {
    Kinds<Toy> toys = Kinds.of(Toy.class, "toy", TWO, ONE);
    assertThat(toys.with(THREE).words()).containsExactly("two", "one", "three");
    assertThat(toys.words()).containsExactly("two", "one");
  }

  @Test
  void twoKindsCannotShareAWord() {
    assertThatIllegalArgumentException().isThrownBy(() -> Kinds.of(Toy.class, "toy", ONE, ONE))
        .withMessage("two toys are named one");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Kinds.of(Toy.class, "toy", ONE).with(kind("one")))
        .withMessage("two toys are named one");
  }

  @Test
  void aKindsChecksReportAtTheFieldTheyConcernInTheOrderAdded() {
    Kind<Toy> checked = ONE
        .withCheck((t, at) -> {
          if (t.n < 0) {
            at.field(N).add(PolicyProblemCode.NEGATIVE_NUMBER, "n is " + t.n);
          }
        })
        .withCheck((t, at) -> at.metricPoints().ifPresent(p -> at.index(2).field(N)
            .add(PolicyProblemCode.TIER_OUT_OF_RANGE, "worth " + p.toPlainString())));
    List<Problem> problems = new ArrayList<>();
    checked.check(new Toy(checked, -1), CheckContext.of("sections[0].metrics[1].scoring",
        problems::add).withMetricPoints(new BigDecimal("10")));
    assertThat(problems).containsExactly(
        Problem.of(PolicyProblemCode.NEGATIVE_NUMBER, "sections[0].metrics[1].scoring.n", "n is -1"),
        Problem.of(PolicyProblemCode.TIER_OUT_OF_RANGE, "sections[0].metrics[1].scoring[2].n",
            "worth 10"));
    problems.clear();
    checked.check(new Toy(checked, 1), CheckContext.of("vetoes[0].measure", problems::add));
    assertThat(problems).as("a valid value, not in a metric").isEmpty();
    ONE.check(new Toy(ONE, -1), CheckContext.of("x", problems::add));
    assertThat(problems).as("the kind checked is a copy; ONE has no checks").isEmpty();
  }
}
