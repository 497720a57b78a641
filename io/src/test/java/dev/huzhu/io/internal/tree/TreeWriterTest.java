package dev.huzhu.io.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.huzhu.io.document.Node;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class TreeWriterTest {
  /** A writer that refuses to be written after it was closed, as a file's writer does. */
  static final class Closable extends Writer {
    final StringWriter text = new StringWriter();
    boolean closed;

    @Override
    public void write(char[] buffer, int offset, int length) {
      if (closed) {
        throw new IllegalStateException("closed");
      }
      text.write(buffer, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void writingADocumentLeavesTheCallersWriterOpen() {
    Closable out = new Closable();
    TreeWriter.writeDocument(Formats.json(), Node.object().with("a", 1), out, true);
    assertThat(out.closed).isFalse();
    assertThat(out.text.toString()).isEqualTo("{\n  \"a\": 1\n}\n");
  }

  @Test
  void writingOnOneLineLeavesTheCallersWriterOpen() {
    Closable out = new Closable();
    TreeWriter.writeDocument(Formats.json(), Node.object().with("a", 1), out, false);
    assertThat(out.closed).isFalse();
    assertThat(out.text.toString()).isEqualTo("{\"a\":1}\n");
  }
}
