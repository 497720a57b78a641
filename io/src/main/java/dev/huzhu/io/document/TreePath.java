package dev.huzhu.io.document;

/**
 * Where an element sits in its document, as the problems of the core print it
 * ({@code teams[3].members[1].person}); built as a chain and rendered only when a problem needs
 * it, since a large document has millions of elements. Part of the API for reading documents of
 * one's own with huzhu's strictness. Immutable and thread-safe.
 */
public final class TreePath {
  private static final TreePath ROOT = new TreePath(null, null, -1, "");

  private final TreePath parent;
  private final String key;
  private final int index;
  private final String prefix;

  private TreePath(TreePath parent, String key, int index, String prefix) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.prefix = prefix;
  }

  /** The document itself: the empty path. */
  public static TreePath root() {
    return ROOT;
  }

  /** A path that starts with the given text ({@code activities}), for a part read on its own. */
  public static TreePath of(String start) {
    return new TreePath(null, null, -1, start);
  }

  /** The path of a field of the object here. */
  public TreePath field(String name) {
    return new TreePath(this, name, -1, null);
  }

  /** The path of an element of the list here. */
  public TreePath index(int i) {
    return new TreePath(this, null, i, null);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    render(s);
    return s.toString();
  }

  private void render(StringBuilder s) {
    if (parent == null) {
      s.append(prefix);
      return;
    }
    parent.render(s);
    if (key != null) {
      if (s.length() > 0) {
        s.append('.');
      }
      s.append(key);
    } else {
      s.append('[').append(index).append(']');
    }
  }
}
