package dev.huzhu.cli;

import dev.huzhu.core.validation.ProblemCode;

/**
 * The problems of a command line's own arguments, beyond those of reading a file
 * ({@code IoProblemCode}). The identifiers are stable; programs may switch on them.
 */
enum CommandProblemCode implements ProblemCode {
  /** A folder given to {@code huzhu test} holds no policy test file. */
  NO_TEST_FILE
}
