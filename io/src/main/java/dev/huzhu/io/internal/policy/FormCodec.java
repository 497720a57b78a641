package dev.huzhu.io.internal.policy;

import com.google.common.collect.ImmutableList;
import dev.huzhu.evaluation.form.Field;
import dev.huzhu.evaluation.form.FieldType;
import dev.huzhu.evaluation.form.Form;
import dev.huzhu.evaluation.form.Kind;
import dev.huzhu.evaluation.form.Kinded;
import dev.huzhu.evaluation.form.Kinds;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Reader;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.Readers.Identifiers;
import dev.huzhu.io.document.TreePath;
import dev.huzhu.io.internal.tree.TreeReader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Measures and scorings in a policy file, read and written from the descriptions their kinds give ({@link Kind}, {@link Form}, {@link Field}, {@link FieldType}):
 * an object whose {@code type} is the word of a kind, looked up among the kinds given — never a
 * class name — with exactly the fields of that kind's form. The one interpreter of those
 * descriptions: no measure or scoring is named here.
 */
final class FormCodec {
  private final ImmutableList<Kinds<?>> families;
  // field types are constants of the kinds: their readers are built once per codec
  private final Map<FieldType<?>, Reader<?>> readers = new ConcurrentHashMap<>();

  /** A codec that reads values of the kinds of these families (measures, scorings). */
  FormCodec(Collection<? extends Kinds<?>> families) {
    this.families = ImmutableList.copyOf(families);
  }

  /** The reader of a value of one of the kinds: an object with its {@code type}, then its fields. */
  <T extends Kinded> Reader<T> reader(Kinds<T> kinds) {
    return (node, path, problems) -> read(kinds, node, path, problems);
  }

  private <T extends Kinded> Optional<T> read(Kinds<T> kinds, Node node, TreePath path,
      Decoding problems) {
    return Fields.of(node, path, problems, "a " + kinds.noun()).flatMap(f -> {
      Optional<String> type = f.required("type", Readers.STRING);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      Optional<Kind<? extends T>> kind = kinds.find(type.get());
      if (kind.isEmpty()) {
        problems.add(IoProblemCode.UNKNOWN_VALUE, path.field("type"), node.fields().get("type"),
            TreeReader.quote(type.get()) + " is not a " + kinds.noun() + "; the " + kinds.noun()
                + "s are " + String.join(", ", kinds.words()));
        return Optional.empty();
      }
      return read(kind.get().form(), f);
    });
  }

  /** Reads the fields of a form in its order of reading, then builds the value. */
  private <T, B> Optional<T> read(Form<T, B> form, Fields f) {
    B builder = form.newBuilder();
    for (Field<? super T, ? super B, ?> field : form.readOrder()) {
      read(field, builder, f);
    }
    return f.build(() -> form.build(builder));
  }

  private <B, V> void read(Field<?, ? super B, V> field, B builder, Fields f) {
    Reader<V> reader = fieldReader(field.type());
    Consumer<V> into = v -> field.set(builder, v);
    if (field.isRequired()) {
      f.required(field.name(), reader, into);
    } else {
      f.optional(field.name(), reader, into);
    }
  }

  @SuppressWarnings("unchecked") // a field type's reader reads values of its type
  private <V> Reader<V> fieldReader(FieldType<V> type) {
    Reader<?> known = readers.get(type);
    if (known == null) {
      // not computeIfAbsent: the reader of a set is built from its element's reader
      known = newReader(type);
      readers.putIfAbsent(type, known);
    }
    return (Reader<V>) known;
  }

  private Reader<?> newReader(FieldType<?> type) {
    if (type instanceof FieldType.Text) {
      return Readers.STRING;
    } else if (type instanceof FieldType.Decimal) {
      return Readers.DECIMAL;
    } else if (type instanceof FieldType.Whole) {
      return Readers.INT;
    } else if (type instanceof FieldType.Word<?> w) {
      return words(w);
    } else if (type instanceof FieldType.SetOf<?> s) {
      return Readers.set(fieldReader(s.element()));
    } else if (type instanceof FieldType.ListOf<?> l) {
      return Readers.list(fieldReader(l.element()));
    } else if (type instanceof FieldType.Nested<?> n) {
      return nested(n);
    } else if (type instanceof FieldType.OfKind<?> k) {
      return ofKind(k);
    }
    throw new AssertionError("a field type this codec does not know: " + type);
  }

  private static <V> Reader<V> words(FieldType.Word<V> type) {
    return Readers.identifiers(Identifiers.of(type.values(), type::word));
  }

  private <E> Reader<E> nested(FieldType.Nested<E> type) {
    return (node, path, problems) -> Fields.of(node, path, problems, type.noun())
        .flatMap(f -> read(type.form(), f));
  }

  /** A value of one of the kinds of its family, refused when it is not of the field's type. */
  private <E extends Kinded> Reader<E> ofKind(FieldType.OfKind<E> type) {
    Reader<? extends Kinded> family = reader(family(type.type()));
    return (node, path, problems) -> {
      Optional<? extends Kinded> value = family.read(node, path, problems);
      if (value.isPresent() && !type.type().isInstance(value.get())) {
        problems.add(IoProblemCode.INVALID_VALUE, path, node, type.refusal() + ", not "
            + value.get().kind().word());
        return Optional.empty();
      }
      return value.map(type.type()::cast);
    };
  }

  private Kinds<?> family(Class<?> type) {
    return families.stream().filter(k -> k.family().isAssignableFrom(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no kinds are known for " + type));
  }

  /**
   * Writes a value of a kind: its {@code type}, then the fields of its kind's form that it
   * writes, in the form's order.
   */
  static Node write(Kinded value) {
    return write(value.kind(), value);
  }

  private static <T> Node write(Kind<T> kind, Object value) {
    Node n = Node.object().with("type", kind.word());
    write(kind.form(), kind.type().cast(value), n);
    return n;
  }

  private static <T> void write(Form<T, ?> form, T value, Node into) {
    for (Field<? super T, ?, ?> field : form.fields()) {
      write(field, value, into);
    }
  }

  private static <T, V> void write(Field<T, ?, V> field, T value, Node into) {
    field.written(value).ifPresent(v -> into.with(field.name(), node(field.type(), v)));
  }

  @SuppressWarnings("unchecked") // a value written is of its field's type
  private static <V> Node node(FieldType<V> type, Object value) {
    if (type instanceof FieldType.Text) {
      return Node.string((String) value);
    } else if (type instanceof FieldType.Decimal) {
      return Node.number((BigDecimal) value);
    } else if (type instanceof FieldType.Whole) {
      return Node.number(((Integer) value).longValue());
    } else if (type instanceof FieldType.Word<?> w) {
      return Node.string(((FieldType.Word<V>) w).word((V) value));
    } else if (type instanceof FieldType.SetOf<?> s) {
      return elements(s.element(), (Iterable<?>) value);
    } else if (type instanceof FieldType.ListOf<?> l) {
      return elements(l.element(), (Iterable<?>) value);
    } else if (type instanceof FieldType.Nested<?> n) {
      Node object = Node.object();
      write((Form<V, ?>) n.form(), (V) value, object);
      return object;
    } else if (type instanceof FieldType.OfKind<?>) {
      return write((Kinded) value);
    }
    throw new AssertionError("a field type this codec does not know: " + type);
  }

  private static Node elements(FieldType<?> element, Iterable<?> values) {
    Node list = Node.array();
    values.forEach(v -> list.add(node(element, v)));
    return list;
  }
}
