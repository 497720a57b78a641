package dev.huzhu.evaluation.form;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields of a value written as an object, and how the value is built from them: a fresh
 * builder takes each field read, then builds. Fields are written in the order listed, and read in
 * that order too unless {@link #readInOrder} gives another (the order of reading is the order a
 * file's problems are reported in). Immutable and thread-safe.
 *
 * @param <T> the value
 * @param <B> its builder
 */
public final class Form<T, B> {
  private final Supplier<? extends B> builder;
  private final Function<? super B, ? extends T> build;
  private final ImmutableList<Field<? super T, ? super B, ?>> fields;
  private final ImmutableList<Field<? super T, ? super B, ?>> readOrder;

  private Form(Supplier<? extends B> builder, Function<? super B, ? extends T> build,
      ImmutableList<Field<? super T, ? super B, ?>> fields,
      ImmutableList<Field<? super T, ? super B, ?>> readOrder) {
    this.builder = Objects.requireNonNull(builder);
    this.build = Objects.requireNonNull(build);
    this.fields = fields;
    this.readOrder = readOrder;
    if (fields.stream().map(Field::name).distinct().count() != fields.size()) {
      throw new IllegalArgumentException("two fields share a name: " + fields);
    }
  }

  /** A form of these fields, built with a builder from {@code builder}. */
  @SafeVarargs
  public static <T, B> Form<T, B> of(Supplier<? extends B> builder,
      Function<? super B, ? extends T> build, Field<? super T, ? super B, ?>... fields) {
    ImmutableList.Builder<Field<? super T, ? super B, ?>> list = ImmutableList.builder();
    for (Field<? super T, ? super B, ?> field : fields) {
      list.add(field);
    }
    return of(builder, build, list.build());
  }

  /** A form of these fields, built with a builder from {@code builder}. */
  public static <T, B> Form<T, B> of(Supplier<? extends B> builder,
      Function<? super B, ? extends T> build,
      List<? extends Field<? super T, ? super B, ?>> fields) {
    ImmutableList<Field<? super T, ? super B, ?>> list = ImmutableList.copyOf(fields);
    return new Form<>(builder, build, list, list);
  }

  /** A form without fields, of a value that is always the same one ({@code rank}). */
  public static <T> Form<T, T> empty(Supplier<? extends T> value) {
    return of(value, Function.identity(), List.of());
  }

  /** This form, reading its fields in another order; the fields must be the same. */
  public Form<T, B> readInOrder(List<? extends Field<? super T, ? super B, ?>> order) {
    ImmutableList<Field<? super T, ? super B, ?>> list = ImmutableList.copyOf(order);
    if (list.size() != fields.size()
        || !ImmutableSet.copyOf(list).equals(ImmutableSet.copyOf(fields))) {
      throw new IllegalArgumentException("read " + list + ", which are not the fields " + fields);
    }
    return new Form<>(builder, build, fields, list);
  }

  /** The fields, in the order they are written. */
  public ImmutableList<Field<? super T, ? super B, ?>> fields() {
    return fields;
  }

  /** The fields, in the order they are read. */
  public ImmutableList<Field<? super T, ? super B, ?>> readOrder() {
    return readOrder;
  }

  /** A fresh builder, for one value. */
  public B newBuilder() {
    return builder.get();
  }

  /** The value of a builder that took the fields read. */
  public T build(B builder) {
    return build.apply(builder);
  }
}
