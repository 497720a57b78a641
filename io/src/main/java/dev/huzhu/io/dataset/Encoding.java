package dev.huzhu.io.dataset;

import dev.huzhu.io.tree.Node;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/** Small helpers of the encoders: optional fields left out, lists of strings and of enums. */
final class Encoding {
  private Encoding() {}

  static <T> void optional(Node object, String name, Optional<T> value, Function<T, Node> encode) {
    value.ifPresent(v -> object.with(name, encode.apply(v)));
  }

  static void optionalText(Node object, String name, Optional<String> value) {
    optional(object, name, value, Node::string);
  }

  static <T> Node list(Collection<T> values, Function<T, Node> encode) {
    Node list = Node.array();
    values.forEach(v -> list.add(encode.apply(v)));
    return list;
  }

  static Node strings(Collection<String> values) {
    return list(values, Node::string);
  }

  static Node names(Collection<? extends Enum<?>> values) {
    return list(values, e -> Node.string(e.name()));
  }

  /** A list field written only when it has elements, as an optional list is. */
  static void nonEmpty(Node object, String name, Collection<?> values, Node encoded) {
    if (!values.isEmpty()) {
      object.with(name, encoded);
    }
  }
}
