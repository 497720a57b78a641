package dev.huzhu.core.validation;

/**
 * A stable, machine-readable code for a kind of problem. Each module has an enum of its own that
 * implements this interface ({@link CoreProblemCode} here); a program switches on the enum, and
 * {@link #name()} is the identifier written in reports and files, never renamed.
 */
public interface ProblemCode {
  /** The code's identifier, e.g. {@code DUPLICATE_ID}. */
  String name();
}
