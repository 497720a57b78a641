package dev.huzhu.evaluation.form;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a {@link Form}: its name in files, its {@link FieldType}, how to take its value
 * from the value being written and how to hand a value read to the builder. A field is required,
 * optional (an {@code Optional} attribute, left out of a file when empty) or defaulted (left out
 * when it holds its default, unless {@link #alwaysWritten()}). A file reader reads and writes the
 * field from this one declaration. Immutable and thread-safe.
 *
 * @param <T> the value the field belongs to
 * @param <B> the builder that takes the field's value
 * @param <V> the field's value
 */
public final class Field<T, B, V> {
  private final String name;
  private final FieldType<V> type;
  private final boolean required;
  private final Function<? super T, Optional<V>> held;
  private final Optional<V> byDefault;
  private final boolean alwaysWritten;
  private final BiConsumer<? super B, ? super V> into;

  private Field(String name, FieldType<V> type, boolean required,
      Function<? super T, Optional<V>> held, Optional<V> byDefault, boolean alwaysWritten,
      BiConsumer<? super B, ? super V> into) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.required = required;
    this.held = Objects.requireNonNull(held);
    this.byDefault = byDefault;
    this.alwaysWritten = alwaysWritten;
    this.into = Objects.requireNonNull(into);
  }

  /** A field a file must give, always written. */
  public static <T, B, V> Field<T, B, V> required(String name, FieldType<V> type,
      Function<? super T, ? extends V> get, BiConsumer<? super B, ? super V> set) {
    return new Field<>(name, type, true, t -> Optional.of(get.apply(t)), Optional.empty(), true,
        set);
  }

  /** A field a file may leave out, of an {@code Optional} attribute; written when present. */
  public static <T, B, V> Field<T, B, V> optional(String name, FieldType<V> type,
      Function<? super T, ? extends Optional<? extends V>> get,
      BiConsumer<? super B, ? super V> set) {
    return new Field<>(name, type, false, t -> get.apply(t).map(v -> v), Optional.empty(), false,
        set);
  }

  /**
   * A field a file may leave out, when the value then holds {@code byDefault}; written only when
   * its value is not the default.
   */
  public static <T, B, V> Field<T, B, V> defaulted(String name, FieldType<V> type, V byDefault,
      Function<? super T, ? extends V> get, BiConsumer<? super B, ? super V> set) {
    return new Field<>(name, type, false, t -> Optional.of(get.apply(t)),
        Optional.of(byDefault), false, set);
  }

  /** This field, written even when it holds its default ({@code kinds: []} says "every kind"). */
  public Field<T, B, V> alwaysWritten() {
    return new Field<>(name, type, required, held, byDefault, true, into);
  }

  /** The field's name in files. */
  public String name() {
    return name;
  }

  /** The type of the field's value. */
  public FieldType<V> type() {
    return type;
  }

  /** Whether a file must give the field. */
  public boolean isRequired() {
    return required;
  }

  /** The field's value to write for {@code value}; empty when the field is left out. */
  public Optional<V> written(T value) {
    Optional<V> v = held.apply(value);
    return alwaysWritten || byDefault.isEmpty() ? v : v.filter(x -> !x.equals(byDefault.get()));
  }

  /** Hands a value read to the builder. */
  public void set(B builder, V value) {
    into.accept(builder, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
