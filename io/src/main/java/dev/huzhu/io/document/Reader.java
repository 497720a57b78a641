package dev.huzhu.io.document;

import java.util.Optional;

/**
 * Decodes one element of a document into a value, or reports why it cannot (and returns empty).
 * A reader is handed a node that is present and not {@code null}. Part of the API for reading
 * documents of one's own with huzhu's strictness.
 */
@FunctionalInterface
public interface Reader<T> {
  Optional<T> read(Node node, TreePath path, Decoding problems);
}
