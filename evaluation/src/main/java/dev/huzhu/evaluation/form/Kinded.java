package dev.huzhu.evaluation.form;

/** A value of one of the kinds of a family — a measure, a scoring — that knows its kind. */
public interface Kinded {
  /** The kind of this value: the word of its {@code type} in files, its fields and its checks. */
  Kind<?> kind();
}
