package dev.huzhu.io.internal.dataset;

import static dev.huzhu.io.internal.dataset.NodeEncoders.nonEmpty;
import static dev.huzhu.io.internal.dataset.NodeEncoders.optional;
import static dev.huzhu.io.internal.dataset.NodeEncoders.optionalText;
import static dev.huzhu.io.internal.dataset.NodeEncoders.strings;

import dev.huzhu.core.activity.ActivityKind;
import dev.huzhu.core.exchange.Duty;
import dev.huzhu.core.exchange.Exchange;
import dev.huzhu.core.exchange.ExchangeKind;
import dev.huzhu.core.pairing.BranchKind;
import dev.huzhu.core.pairing.DepartmentCategory;
import dev.huzhu.core.pairing.MemberPair;
import dev.huzhu.core.pairing.PartyBranch;
import dev.huzhu.core.pairing.PartyPairing;
import dev.huzhu.core.pairing.StudentPairing;
import dev.huzhu.core.pairing.StudentPairingKind;
import dev.huzhu.core.pairing.VillageType;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.TreePath;
import java.util.Optional;

/** Exchanges, student pairings, party branches and party pairings in a dataset file. */
final class PairingCodec {
  private PairingCodec() {}

  static Optional<Exchange> exchange(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "an exchange").flatMap(f -> {
      var b = Exchange.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("person", Readers.STRING, b::person);
      f.required("kind", Readers.enumOf(ExchangeKind.class), b::kind);
      f.required("from", Readers.STRING, b::from);
      f.required("to", Readers.STRING, b::to);
      f.required("start", Readers.DATE, b::start);
      f.required("end", Readers.DATE, b::end);
      f.optional("duties", Readers.list(PairingCodec::duty), b::duties);
      return f.build(b::build);
    });
  }

  static Node exchange(Exchange e) {
    Node n = Node.object().with("id", e.id()).with("person", e.person()).with("kind", e.kind().name())
        .with("from", e.from()).with("to", e.to()).with("start", e.start().toString())
        .with("end", e.end().toString());
    nonEmpty(n, "duties", e.duties(), NodeEncoders.list(e.duties(), d -> Node.object()
        .with("kind", d.kind().name()).with("perMonth", d.perMonth())));
    return n;
  }

  private static Optional<Duty> duty(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a duty").flatMap(f -> {
      Optional<ActivityKind> kind = f.required("kind", Readers.enumOf(ActivityKind.class));
      Optional<Integer> perMonth = f.required("perMonth", Readers.INT);
      return f.build(() -> Duty.of(kind.orElseThrow(), perMonth.orElseThrow()));
    });
  }

  static Optional<StudentPairing> studentPairing(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a student pairing").flatMap(f -> {
      var b = StudentPairing.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("urban", Readers.STRING, b::urban);
      f.required("rural", Readers.STRING, b::rural);
      f.required("kind", Readers.enumOf(StudentPairingKind.class), b::kind);
      return f.build(b::build);
    });
  }

  static Node studentPairing(StudentPairing p) {
    return Node.object().with("id", p.id()).with("urban", p.urban()).with("rural", p.rural())
        .with("kind", p.kind().name());
  }

  static Optional<PartyBranch> partyBranch(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a party branch").flatMap(f -> {
      var b = PartyBranch.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("name", Readers.STRING, b::name);
      f.required("kind", Readers.enumOf(BranchKind.class), b::kind);
      f.optional("category", Readers.enumOf(DepartmentCategory.class), b::category);
      f.optional("villageType", Readers.enumOf(VillageType.class), b::villageType);
      return f.build(b::build);
    });
  }

  static Node partyBranch(PartyBranch p) {
    Node n = Node.object().with("id", p.id()).with("name", p.name()).with("kind", p.kind().name());
    optional(n, "category", p.category(), c -> Node.string(c.name()));
    optional(n, "villageType", p.villageType(), v -> Node.string(v.name()));
    return n;
  }

  static Optional<PartyPairing> partyPairing(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a party pairing").flatMap(f -> {
      var b = PartyPairing.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("village", Readers.STRING, b::village);
      f.required("units", Readers.list(Readers.STRING), b::units);
      f.optional("memberPairs", Readers.list(PairingCodec::memberPair), b::memberPairs);
      f.optional("residentCadre", Readers.STRING, b::residentCadre);
      return f.build(b::build);
    });
  }

  static Node partyPairing(PartyPairing p) {
    Node n = Node.object().with("id", p.id()).with("village", p.village()).with("units", strings(p.units()));
    nonEmpty(n, "memberPairs", p.memberPairs(), NodeEncoders.list(p.memberPairs(), m -> Node.object()
        .with("unitMember", m.unitMember()).with("villageMember", m.villageMember())));
    optionalText(n, "residentCadre", p.residentCadre());
    return n;
  }

  private static Optional<MemberPair> memberPair(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a member pair").flatMap(f -> {
      Optional<String> unit = f.required("unitMember", Readers.STRING);
      Optional<String> village = f.required("villageMember", Readers.STRING);
      return f.build(() -> MemberPair.of(unit.orElseThrow(), village.orElseThrow()));
    });
  }
}
