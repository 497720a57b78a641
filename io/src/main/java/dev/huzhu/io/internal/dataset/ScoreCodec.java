package dev.huzhu.io.internal.dataset;

import static dev.huzhu.io.internal.dataset.NodeEncoders.optional;

import dev.huzhu.core.score.Phase;
import dev.huzhu.core.score.ScoreRecord;
import dev.huzhu.core.score.TestKind;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.TreePath;
import java.util.Optional;

/** A score record as an object in a dataset's {@code scores}. */
final class ScoreCodec {
  private ScoreCodec() {}

  static Optional<ScoreRecord> score(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a score record").flatMap(f -> {
      var b = ScoreRecord.builder();
      f.required("school", Readers.STRING, b::school);
      f.required("grade", Readers.INT, b::grade);
      f.required("subject", StructureCodec.SCHOOL_SUBJECT, b::schoolSubject);
      f.required("test", Readers.enumOf(TestKind.class), b::test);
      f.required("phase", Readers.enumOf(Phase.class), b::phase);
      f.required("students", Readers.INT, b::students);
      f.required("mean", Readers.DECIMAL, b::mean);
      f.optional("fullMark", Readers.DECIMAL, b::fullMark);
      f.optional("passRate", Readers.DECIMAL, b::passRate);
      f.optional("excellentRate", Readers.DECIMAL, b::excellentRate);
      return f.build(b::build);
    });
  }

  static Node score(ScoreRecord r) {
    Node n = Node.object().with("school", r.school()).with("grade", r.grade())
        .with("subject", r.schoolSubject().name()).with("test", r.test().name())
        .with("phase", r.phase().name()).with("students", r.students()).with("mean", r.mean())
        .with("fullMark", r.fullMark());
    optional(n, "passRate", r.passRate(), Node::number);
    optional(n, "excellentRate", r.excellentRate(), Node::number);
    return n;
  }
}
