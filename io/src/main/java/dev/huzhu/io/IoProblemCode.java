package dev.huzhu.io;

import dev.huzhu.core.validation.ProblemCode;

/**
 * The problems a file can have before its content is even a value: syntax, shape, types, limits.
 * Once a file has been read into values, their own rules report with the core's and the
 * evaluation module's codes. The identifiers are stable; programs may switch on them.
 */
public enum IoProblemCode implements ProblemCode {
  /** The file could not be opened or read at all. */
  UNREADABLE,
  /** A file whose name says no format this library reads ({@code .json}, {@code .yaml}, {@code .csv}, …). */
  UNKNOWN_FILE_KIND,
  /** Not well-formed JSON, YAML or CSV (including text after the end of the document). */
  MALFORMED,
  /** The document's {@code format} is missing or names another kind of file. */
  WRONG_FORMAT,
  /** The document's {@code version} is missing, or newer than this library reads. */
  UNSUPPORTED_VERSION,
  /** A field this kind of element does not have. */
  UNKNOWN_FIELD,
  /** A field the element needs is absent (or {@code null}). */
  MISSING_FIELD,
  /** A key given twice in one object. */
  DUPLICATE_KEY,
  /** A value of the wrong JSON type: a string where a number belongs, a list for an object. */
  WRONG_TYPE,
  /** Text that is not one of the identifiers allowed here (an enum value, a measure type). */
  UNKNOWN_VALUE,
  /** Text that is not an ISO-8601 date ({@code 2012-11-13}). */
  BAD_DATE,
  /** A number that is not a number of the kind needed (not whole, out of range, not finite). */
  BAD_NUMBER,
  /** A list that must not repeat an element repeats one. */
  DUPLICATE_ELEMENT,
  /** A value that breaks a rule of its own (an id with spaces, a grade of 12). */
  INVALID_VALUE,
  /** A CSV header names a column twice, an unknown column, or lacks a required one. */
  BAD_HEADER,
  /** A CSV row with more or fewer cells than the header. */
  WRONG_CELL_COUNT,
  /** A YAML alias or anchor: the formats never need them, and they can expand without bound. */
  YAML_ALIAS,
  /** The input exceeds a read limit (document size, nesting, string or number length). */
  LIMIT_EXCEEDED,
  /** Reading stopped after this many problems; the file has more. */
  TOO_MANY_PROBLEMS
}
