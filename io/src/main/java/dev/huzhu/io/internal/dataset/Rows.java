package dev.huzhu.io.internal.dataset;

import dev.huzhu.core.HuzhuException;
import dev.huzhu.core.validation.Problem;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.internal.csv.CsvTable;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds the value of a CSV row once its cells read cleanly. */
final class Rows {
  private Rows() {}

  /**
   * The value, if no problem was found in the row since {@code mark}; a rule the value checks
   * itself becomes a problem at the column it names.
   */
  static <V> Optional<V> build(CsvTable.Row row, int mark, Supplier<V> builder) {
    if (row.problems().count() != mark) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (HuzhuException e) {
      for (Problem p : e.problems()) {
        String column = Cells.column(p.path());
        row.problems().add(p.code(), p.path(), row.lineOf(column), row.columnOf(column), p.message());
      }
      return Optional.empty();
    } catch (IllegalStateException | IllegalArgumentException e) {
      row.problem(IoProblemCode.INVALID_VALUE, "", "the row is not valid: " + e.getMessage());
      return Optional.empty();
    }
  }
}
