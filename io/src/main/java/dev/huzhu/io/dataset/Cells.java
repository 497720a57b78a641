package dev.huzhu.io.dataset;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.csv.CsvTable;
import dev.huzhu.io.tree.Readers;
import dev.huzhu.io.tree.Readers.Identifiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cells of huzhu's CSV files: an empty cell is an absent value; numbers are plain decimals
 * ({@code 12}, {@code 87.50}, {@code 1E+3}); a cell holding a list separates its elements with
 * {@code ;} and escapes a {@code ;} or {@code \} inside an element with {@code \}.
 */
final class Cells {
  private Cells() {}

  // JSON's number grammar: no leading +, no leading zeros, no spaces, no thousands separators
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]*)");

  static Optional<String> required(CsvTable.Row row, String column) {
    String cell = row.cell(column);
    if (cell.isEmpty()) {
      row.problem(IoProblemCode.MISSING_FIELD, column, "the cell of column \"" + column
          + "\" is empty; it is required");
      return Optional.empty();
    }
    return Optional.of(cell);
  }

  static Optional<String> optional(CsvTable.Row row, String column) {
    String cell = row.cell(column);
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  static Optional<LocalDate> date(CsvTable.Row row, String column, String cell) {
    return Readers.date(cell, column, row.lineOf(column), row.columnOf(column), row.problems());
  }

  static <E> Optional<E> identifier(CsvTable.Row row, String column, String cell,
      Identifiers<E> known) {
    return known.parse(cell, column, row.lineOf(column), row.columnOf(column), row.problems());
  }

  static Optional<BigDecimal> decimal(CsvTable.Row row, String column, String cell, int maxChars) {
    if (cell.length() > maxChars) {
      row.problem(IoProblemCode.LIMIT_EXCEEDED, column, "a number of " + cell.length()
          + " characters is longer than the limit of " + maxChars);
      return Optional.empty();
    }
    if (!NUMBER.matcher(cell).matches()) {
      row.problem(IoProblemCode.BAD_NUMBER, column, "\"" + printable(cell) + "\" is not a number;"
          + " write numbers like 12 or 87.50, without spaces or thousands separators");
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(cell);
    if (Math.abs((long) value.scale()) > maxChars || value.precision() - (long) value.scale() > maxChars) {
      row.problem(IoProblemCode.BAD_NUMBER, column, "the number is too large or too small");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  static Optional<Integer> whole(CsvTable.Row row, String column, String cell) {
    if (!WHOLE.matcher(cell).matches() || cell.length() > 11) {
      row.problem(IoProblemCode.BAD_NUMBER, column, "\"" + printable(cell)
          + "\" is not a whole number");
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(cell));
    } catch (NumberFormatException e) {
      row.problem(IoProblemCode.BAD_NUMBER, column, "the number is out of range");
      return Optional.empty();
    }
  }

  /** The elements of a list cell; empty text is the empty list. */
  static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    if (cell.isEmpty()) {
      return parts;
    }
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        part.append(cell.charAt(++i));
      } else if (c == ';') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }

  /** A list cell of the elements, each escaped. */
  static String join(Iterable<String> elements) {
    StringBuilder s = new StringBuilder();
    for (String e : elements) {
      if (s.length() > 0) {
        s.append(';');
      }
      s.append(escape(e));
    }
    return s.toString();
  }

  static String escape(String element) {
    return element.replace("\\", "\\\\").replace(";", "\\;");
  }

  /** A cell as a message may show it: at most 64 characters, control characters escaped. */
  static String printable(String cell) {
    String quoted = dev.huzhu.io.tree.TreeReader.quote(cell);
    return quoted.substring(1, quoted.length() - 1);
  }
}
