package dev.huzhu.io.policy;

import dev.huzhu.evaluation.scoring.LinearScoring;
import dev.huzhu.evaluation.scoring.RankScoring;
import dev.huzhu.evaluation.scoring.RatioToBestScoring;
import dev.huzhu.evaluation.scoring.RelativeScoring;
import dev.huzhu.evaluation.scoring.Scoring;
import dev.huzhu.evaluation.scoring.Tier;
import dev.huzhu.evaluation.scoring.TiersScoring;
import dev.huzhu.io.IoProblemCode;
import dev.huzhu.io.tree.Decoding;
import dev.huzhu.io.tree.Fields;
import dev.huzhu.io.tree.Node;
import dev.huzhu.io.tree.Readers;
import dev.huzhu.io.tree.TreePath;
import dev.huzhu.io.tree.TreeReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Scorings in a policy file (SPEC §3.3), by their {@code type}, from a fixed table. */
final class ScoringCodec {
  private ScoringCodec() {}

  private static final Map<String, Function<Fields, Optional<Scoring>>> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("linear", f -> {
      Optional<BigDecimal> target = f.required("target", Readers.DECIMAL);
      return f.build(() -> LinearScoring.of(target.orElseThrow()));
    });
    TYPES.put("tiers", f -> {
      var tiers = f.required("tiers", Readers.list(ScoringCodec::tier));
      return f.build(() -> TiersScoring.of(tiers.orElseThrow()));
    });
    TYPES.put("relative", f -> f.build(RelativeScoring::of));
    TYPES.put("rank", f -> f.build(RankScoring::of));
    TYPES.put("ratioToBest", f -> f.build(RatioToBestScoring::of));
  }

  private static Optional<Tier> tier(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a tier").flatMap(f -> {
      Optional<BigDecimal> atLeast = f.required("atLeast", Readers.DECIMAL);
      Optional<BigDecimal> points = f.required("points", Readers.DECIMAL);
      return f.build(() -> Tier.of(atLeast.orElseThrow(), points.orElseThrow()));
    });
  }

  static Optional<Scoring> scoring(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a scoring").flatMap(f -> {
      Optional<String> type = f.required("type", Readers.STRING);
      if (type.isEmpty()) {
        return Optional.empty();
      }
      Function<Fields, Optional<Scoring>> decoder = TYPES.get(type.get());
      if (decoder == null) {
        problems.add(IoProblemCode.UNKNOWN_VALUE, path.field("type"), node.fields().get("type"),
            TreeReader.quote(type.get()) + " is not a scoring; the scorings are "
                + String.join(", ", TYPES.keySet()));
        return Optional.empty();
      }
      return decoder.apply(f);
    });
  }

  static Node scoring(Scoring s) {
    Node n = Node.object().with("type", s.type());
    if (s instanceof LinearScoring) {
      n.with("target", ((LinearScoring) s).target());
    } else if (s instanceof TiersScoring) {
      Node tiers = Node.array();
      for (Tier t : ((TiersScoring) s).tiers()) {
        tiers.add(Node.object().with("atLeast", t.atLeast()).with("points", t.points()));
      }
      n.with("tiers", tiers);
    } else if (!TYPES.containsKey(s.type())) {
      throw new IllegalArgumentException("no file form for the scoring " + s.type());
    }
    return n;
  }
}
