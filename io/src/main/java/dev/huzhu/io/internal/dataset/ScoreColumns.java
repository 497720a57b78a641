package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.io.ReadLimits;
import dev.huzhu.io.document.Readers.Identifiers;
import dev.huzhu.io.internal.csv.CsvTable;
import dev.huzhu.io.internal.csv.CsvWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of score records in CSV, one record (a school's grade and subject at one phase of
 * one test) a row:
 * <pre>
 * school,grade,subject,test,phase,students,mean,fullMark,passRate,excellentRate
 * </pre>
 * All but the last three are required. {@code fullMark} is 100 when its column is absent or its
 * cell empty (the model's default, docs/files.md#score-records); the rates are fractions from 0 to 1.
 */
public final class ScoreColumns {
  private ScoreColumns() {}

  public static final List<String> COLUMNS = List.of("school", "grade", "subject", "test", "phase",
      "students", "mean", "fullMark", "passRate", "excellentRate");
  public static final Set<String> REQUIRED = Set.of("school", "grade", "subject", "test", "phase",
      "students", "mean");

  private static final Identifiers<SchoolSubject> SCHOOL_SUBJECTS = Identifiers.of(SchoolSubject.class);
  private static final Identifiers<TestKind> TESTS = Identifiers.of(TestKind.class);
  private static final Identifiers<Phase> PHASES = Identifiers.of(Phase.class);

  /** Decodes one row; empty, with the problems recorded, when it cannot be. */
  public static Optional<ScoreRecord> score(CsvTable.Row row, ReadLimits limits) {
    int mark = row.problems().count();
    int digits = limits.maxNumberChars();
    var b = ScoreRecord.builder();
    Cells.required(row, "school").ifPresent(b::school);
    Cells.required(row, "grade").flatMap(c -> Cells.whole(row, "grade", c)).ifPresent(b::grade);
    Cells.required(row, "subject").flatMap(c -> Cells.identifier(row, "subject", c, SCHOOL_SUBJECTS))
        .ifPresent(b::schoolSubject);
    Cells.required(row, "test").flatMap(c -> Cells.identifier(row, "test", c, TESTS)).ifPresent(b::test);
    Cells.required(row, "phase").flatMap(c -> Cells.identifier(row, "phase", c, PHASES)).ifPresent(b::phase);
    Cells.required(row, "students").flatMap(c -> Cells.whole(row, "students", c)).ifPresent(b::students);
    Cells.required(row, "mean").flatMap(c -> Cells.decimal(row, "mean", c, digits)).ifPresent(b::mean);
    Cells.optional(row, "fullMark").flatMap(c -> Cells.decimal(row, "fullMark", c, digits))
        .ifPresent(b::fullMark);
    Cells.optional(row, "passRate").flatMap(c -> Cells.decimal(row, "passRate", c, digits))
        .ifPresent(b::passRate);
    Cells.optional(row, "excellentRate").flatMap(c -> Cells.decimal(row, "excellentRate", c, digits))
        .ifPresent(b::excellentRate);
    return Rows.build(row, mark, b::build);
  }

  public static void header(CsvWriter out) {
    out.header(COLUMNS);
  }

  public static void write(ScoreRecord r, CsvWriter out) {
    out.text(r.school()).number(r.grade()).text(r.schoolSubject().name()).text(r.test().name())
        .text(r.phase().name()).number(r.students()).number(r.mean()).number(r.fullMark());
    number(out, r.passRate());
    number(out, r.excellentRate());
    out.endRow();
  }

  private static void number(CsvWriter out, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      out.number(value.get());
    } else {
      out.empty();
    }
  }
}
