package dev.huzhu.core.internal;

import dev.huzhu.core.InvalidValueException;
import dev.huzhu.core.validation.CoreProblemCode;
import dev.huzhu.core.validation.Problem;
import java.util.Collection;

/**
 * The checks a single value makes of its own fields while it is built (its
 * {@code @Value.Check}). Each throws an {@link InvalidValueException} whose problem names the
 * field and the offending value. Public so that the other modules' values check alike; not API
 * (the module exports this package to huzhu's own modules only).
 */
public final class ValueChecks {
  private ValueChecks() {}

  /** Whether the text is an id: non-empty, free of white space, control and invisible characters. */
  public static boolean isId(String value) {
    // FORMAT covers the invisible ones (a byte-order mark, zero-width spaces, direction marks)
    // that would make two ids look the same and differ
    if (value.isEmpty()) {
      return false;
    }
    // a plain loop, not a stream: a log of millions of records checks every id it holds
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      if (c > ' ' && c < 0x7F) {
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
          || Character.getType(c) == Character.FORMAT) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** An id is non-empty and free of white space, control and invisible (format) characters. */
  public static void id(String field, String value) {
    if (!isId(value)) {
      throw new InvalidValueException(Problem.of(CoreProblemCode.INVALID_ID, field,
          "'" + printable(value) + "' is not an id: an id is non-empty, without spaces, control or invisible characters"));
    }
  }

  /** Every id of a collection is an id ({@code members[2]}). */
  public static void ids(String field, Collection<String> values) {
    int i = 0;
    for (String v : values) {
      id(field + "[" + i++ + "]", v);
    }
  }

  /** Required text is not blank. */
  public static void text(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(Problem.of(CoreProblemCode.BLANK_TEXT, field,
          field + " must not be blank"));
    }
  }

  /** A school grade is 1 to 9 (小学 1–6, 初中 7–9). */
  public static void grade(String field, int grade) {
    if (grade < 1 || grade > 9) {
      throw new InvalidValueException(Problem.of(CoreProblemCode.INVALID_GRADE, field,
          "grade " + grade + " is outside 1–9"));
    }
  }

  /** A field the value's kind requires. */
  public static void required(boolean present, String field, String why) {
    if (!present) {
      throw new InvalidValueException(Problem.of(CoreProblemCode.MISSING_FIELD, field,
          field + " is required " + why));
    }
  }

  /** A field the value's kind does not allow. */
  public static void notAllowed(boolean present, String field, String why) {
    if (present) {
      throw new InvalidValueException(Problem.of(CoreProblemCode.FIELD_NOT_ALLOWED, field,
          field + " is not allowed " + why));
    }
  }

  /**
   * The value with control characters shown as escapes, cut to 64 characters, so a message never
   * echoes raw input. Public for the other modules' messages.
   */
  public static String printable(String value) {
    StringBuilder s = new StringBuilder();
    value.codePoints().limit(64).forEach(c -> {
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        s.append(String.format("\\u%04x", c));
      } else {
        s.appendCodePoint(c);
      }
    });
    return value.codePointCount(0, value.length()) > 64 ? s + "…" : s.toString();
  }
}
