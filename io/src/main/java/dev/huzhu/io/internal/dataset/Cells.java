package dev.huzhu.io.internal.dataset;

import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.Readers.Identifiers;
import dev.huzhu.io.internal.csv.CsvTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of huzhu's CSV files: an empty cell is an absent value; numbers are plain decimals
 * ({@code 12}, {@code 87.50}, {@code 1E+3}); a cell holding a list separates its elements with
 * {@code ;} and escapes a {@code ;} or {@code \} inside an element with {@code \}.
 */
final class Cells {
  private Cells() {}


  /**
   * The column a value's problem path names: {@code credited[0]} is the column {@code credited},
   * {@code quantities.lessons} the column {@code lessons}.
   */
  static String column(String path) {
    String field = path.startsWith("quantities.") ? path.substring("quantities.".length()) : path;
    return field.replaceAll("[\\[.].*$", "");
  }

  static Optional<String> required(CsvTable.Row row, String column) {
    return required(row, column, row.cell(column));
  }

  static Optional<String> required(CsvTable.Row row, String column, String cell) {
    if (cell.isEmpty()) {
      row.problem(IoProblemCode.MISSING_FIELD, column, "the cell of column \"" + column
          + "\" is empty; it is required");
      return Optional.empty();
    }
    return Optional.of(cell);
  }

  static Optional<String> optional(CsvTable.Row row, String column) {
    return optional(row.cell(column));
  }

  static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }

  static Optional<LocalDate> date(CsvTable.Row row, String column, String cell) {
    return Readers.date(cell, column, row.lineOf(column), row.columnOf(column), row.problems());
  }

  static <E> Optional<E> identifier(CsvTable.Row row, String column, String cell,
      Identifiers<E> known) {
    Optional<E> value = known.find(cell);
    if (value.isPresent()) {
      // the cell's place is looked up only for a problem: this runs for several cells of each row
      return value;
    }
    return known.parse(cell, column, row.lineOf(column), row.columnOf(column), row.problems());
  }

  static Optional<BigDecimal> decimal(CsvTable.Row row, String column, String cell, int maxChars) {
    if (cell.length() > maxChars) {
      row.problem(IoProblemCode.LIMIT_EXCEEDED, column, "a number of " + cell.length()
          + " characters is longer than the limit of " + maxChars);
      return Optional.empty();
    }
    if (!isNumber(cell)) {
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
    if (cell.length() > 11 || !isWhole(cell)) {
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

  /** Whether the text is a number of JSON's grammar (checked by hand: this is a hot loop). */
  static boolean isNumber(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int digits = integerPart(s, i);
    if (digits == 0) {
      return false;
    }
    i += digits;
    if (i < s.length() && s.charAt(i) == '.') {
      int fraction = run(s, i + 1);
      if (fraction == 0) {
        return false;
      }
      i += 1 + fraction;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exponent = run(s, i);
      if (exponent == 0) {
        return false;
      }
      i += exponent;
    }
    return i == s.length();
  }

  static boolean isWhole(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    int digits = integerPart(s, i);
    return digits > 0 && i + digits == s.length();
  }

  /** The length of the integer part at {@code from}: 0, or digits not starting with 0. */
  private static int integerPart(String s, int from) {
    int n = run(s, from);
    return n > 1 && s.charAt(from) == '0' ? 0 : n;
  }

  private static int run(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /**
   * The elements of a list cell; empty text is the empty list. Inside an element a backslash
   * escapes a {@code ;} or a backslash; any other backslash is a problem (never dropped: a
   * hand-written {@code C:\path} is reported, not read as {@code C:path}).
   */
  static Optional<List<String>> split(CsvTable.Row row, String column, String cell) {
    List<String> parts = new ArrayList<>();
    if (cell.isEmpty()) {
      return Optional.of(parts);
    }
    if (cell.indexOf('\\') < 0) {
      // no escapes, the common case: cut at each separator
      int from = 0;
      for (int at = cell.indexOf(';'); at >= 0; at = cell.indexOf(';', from)) {
        parts.add(cell.substring(from, at));
        from = at + 1;
      }
      parts.add(cell.substring(from));
      return Optional.of(parts);
    }
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\') {
        char next = i + 1 < cell.length() ? cell.charAt(i + 1) : 0;
        if (next != ';' && next != '\\') {
          row.problem(IoProblemCode.MALFORMED, column, "a \\ in a list cell escapes ; or \\ only;"
              + " write \\\\ for a \\ in an element");
          return Optional.empty();
        }
        part.append(next);
        i++;
      } else if (c == ';') {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return Optional.of(parts);
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
    String quoted = dev.huzhu.io.internal.tree.TreeReader.quote(cell);
    return quoted.substring(1, quoted.length() - 1);
  }
}
