package dev.huzhu.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.huzhu.core.UnknownIdException;
import dev.huzhu.core.synthetic.Scale;
import dev.huzhu.core.synthetic.SyntheticDatasets;
import dev.huzhu.evaluation.Assessment;
import dev.huzhu.evaluation.policy.BuiltInPolicies;
import org.junit.jupiter.api.Test;

/** A report's look-ups by id: {@code Optional} where an answer may be absent, one exception where it must exist. */
class ReportLookUpTest {
  private static final Report REPORT = Assessment.of(BuiltInPolicies.zhuchengBundled())
      .run(SyntheticDatasets.generate(1, Scale.tiny()).dataset());

  @Test
  void lookUpsGiveOptionals() {
    assertThat(REPORT.subject("g-nobody")).isEmpty();
    assertThat(REPORT.award("no-award")).isEmpty();
    assertThat(REPORT.person("p-nobody")).isEmpty();
  }

  @Test
  void explainingASubjectThatIsNotThereThrowsUnknownIdException() {
    UnknownIdException e = catchThrowableOfType(UnknownIdException.class,
        () -> REPORT.explain("g-nobody"));
    assertThat(e.id()).isEqualTo("g-nobody");
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code().name()).isEqualTo("UNKNOWN_REFERENCE");
      assertThat(p.path()).isEqualTo("g-nobody");
      assertThat(p.message()).isEqualTo("no subject g-nobody in report zhucheng-bundled-2012");
    });
  }
}
