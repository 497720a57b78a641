package dev.huzhu.io.internal.dataset;

import dev.huzhu.io.document.Node;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the dataset codecs' encoders share to build node trees: an optional value as a field left
 * out when empty, a list field left out when it has no elements, and a collection (of strings, of
 * enums by name, of anything with an encoder) as an array node.
 */
final class NodeEncoders {
  private NodeEncoders() {}

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
