package dev.huzhu.evaluation.form;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * One kind of measure or scoring as policies know it, declared once in its own class: the word a
 * file names it by in its {@code type} ({@code count}, {@code improvementRate}, {@code linear}),
 * the {@link Form} of its other fields, and the checks a policy validator makes of its values
 * (a tiers scoring's tiers descend, a linear target is positive). Immutable and thread-safe.
 *
 * @param <T> the values of the kind
 */
public final class Kind<T> {
  private final String word;
  private final Class<T> type;
  private final Form<T, ?> form;
  private final ImmutableList<Check<? super T>> checks;

  private Kind(String word, Class<T> type, Form<T, ?> form,
      ImmutableList<Check<? super T>> checks) {
    this.word = Objects.requireNonNull(word);
    this.type = Objects.requireNonNull(type);
    this.form = Objects.requireNonNull(form);
    this.checks = checks;
  }

  /** The kind named {@code word} of the values of {@code type}, with the fields of {@code form}. */
  public static <T> Kind<T> of(String word, Class<T> type, Form<T, ?> form) {
    return new Kind<>(word, type, form, ImmutableList.of());
  }

  /** This kind with one more check, made after those it has. */
  public Kind<T> withCheck(Check<? super T> check) {
    return new Kind<>(word, type, form, ImmutableList.<Check<? super T>>builder().addAll(checks)
        .add(Objects.requireNonNull(check)).build());
  }

  /** The word of the kind's {@code type} in files. */
  public String word() {
    return word;
  }

  /** The type every value of the kind has. */
  public Class<T> type() {
    return type;
  }

  /** The fields of the kind besides its {@code type}. */
  public Form<T, ?> form() {
    return form;
  }

  /** Reports each problem of a value of this kind to {@code at}. */
  public void check(T value, CheckContext at) {
    for (Check<? super T> c : checks) {
      c.check(value, at);
    }
  }

  @Override
  public String toString() {
    return word;
  }

  /** A rule of the values of one kind, beyond what the types of their fields say. */
  @FunctionalInterface
  public interface Check<T> {
    /** Reports each problem of {@code value} to {@code at}, at the field it concerns. */
    void check(T value, CheckContext at);
  }
}
