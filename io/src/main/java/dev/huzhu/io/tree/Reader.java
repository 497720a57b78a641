package dev.huzhu.io.tree;

import java.util.Optional;

/**
 * Decodes one element of a document into a value, or reports why it cannot (and returns empty).
 * A reader is handed a node that is present and not {@code null}.
 */
@FunctionalInterface
public interface Reader<T> {
  Optional<T> read(Node node, TreePath path, Decoding problems);
}
