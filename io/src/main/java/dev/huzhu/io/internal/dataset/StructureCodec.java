package dev.huzhu.io.internal.dataset;

import static dev.huzhu.io.internal.dataset.NodeEncoders.names;
import static dev.huzhu.io.internal.dataset.NodeEncoders.nonEmpty;
import static dev.huzhu.io.internal.dataset.NodeEncoders.optional;
import static dev.huzhu.io.internal.dataset.NodeEncoders.optionalText;
import static dev.huzhu.io.internal.dataset.NodeEncoders.strings;

import dev.huzhu.core.community.Community;
import dev.huzhu.core.community.Formation;
import dev.huzhu.core.community.Programme;
import dev.huzhu.core.person.Person;
import dev.huzhu.core.person.PersonRole;
import dev.huzhu.core.school.Locality;
import dev.huzhu.core.school.School;
import dev.huzhu.core.school.SchoolSubject;
import dev.huzhu.core.school.Stage;
import dev.huzhu.core.team.Membership;
import dev.huzhu.core.team.Team;
import dev.huzhu.core.team.TeamKind;
import dev.huzhu.core.team.TeamRole;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.document.Reader;
import dev.huzhu.io.document.Readers;
import dev.huzhu.io.document.TreePath;
import java.util.Optional;

/** Schools, people, communities and teams in a dataset file (docs/files.md#dataset). */
final class StructureCodec {
  private StructureCodec() {}

  static final Reader<SchoolSubject> SCHOOL_SUBJECT = Readers.enumOf(SchoolSubject.class);
  static final Reader<TeamRole> TEAM_ROLE = Readers.enumOf(TeamRole.class);

  static Optional<School> school(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a school").flatMap(f -> {
      var b = School.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("name", Readers.STRING, b::name);
      f.required("locality", Readers.enumOf(Locality.class), b::locality);
      f.required("stage", Readers.enumOf(Stage.class), b::stage);
      f.required("county", Readers.STRING, b::county);
      f.optional("administeredBy", Readers.STRING, b::administeredBy);
      return f.build(b::build);
    });
  }

  static Node school(School s) {
    Node n = Node.object().with("id", s.id()).with("name", s.name())
        .with("locality", s.locality().name()).with("stage", s.stage().name())
        .with("county", s.county());
    optionalText(n, "administeredBy", s.administeredBy());
    return n;
  }

  static Optional<Person> person(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a person").flatMap(f -> {
      var b = Person.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("name", Readers.STRING, b::name);
      f.required("roles", Readers.set(Readers.enumOf(PersonRole.class)), b::roles);
      f.optional("school", Readers.STRING, b::school);
      f.optional("unit", Readers.STRING, b::unit);
      f.optional("subjects", Readers.set(SCHOOL_SUBJECT), b::schoolSubjects);
      f.optional("grades", Readers.set(Readers.INT), b::grades);
      return f.build(b::build);
    });
  }

  static Node person(Person p) {
    Node n = Node.object().with("id", p.id()).with("name", p.name()).with("roles", names(p.roles()));
    optionalText(n, "school", p.school());
    optionalText(n, "unit", p.unit());
    nonEmpty(n, "subjects", p.schoolSubjects(), names(p.schoolSubjects()));
    nonEmpty(n, "grades", p.grades(), NodeEncoders.list(p.grades(), g -> Node.number(g)));
    return n;
  }

  static Optional<Community> community(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a community").flatMap(f -> {
      var b = Community.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("name", Readers.STRING, b::name);
      f.required("core", Readers.STRING, b::core);
      f.required("members", Readers.list(Readers.STRING), b::members);
      f.required("formation", Readers.enumOf(Formation.class), b::formation);
      f.optional("programme", Readers.enumOf(Programme.class), b::programme);
      f.required("established", Readers.DATE, b::established);
      f.optional("ended", Readers.DATE, b::ended);
      f.optional("aims", Readers.STRING, b::aims);
      return f.build(b::build);
    });
  }

  static Node community(Community c) {
    Node n = Node.object().with("id", c.id()).with("name", c.name()).with("core", c.core())
        .with("members", strings(c.members())).with("formation", c.formation().name());
    optional(n, "programme", c.programme(), p -> Node.string(p.name()));
    n.with("established", c.established().toString());
    optional(n, "ended", c.ended(), d -> Node.string(d.toString()));
    optionalText(n, "aims", c.aims());
    return n;
  }

  static Optional<Team> team(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a team").flatMap(f -> {
      var b = Team.builder();
      f.required("id", Readers.STRING, b::id);
      f.required("kind", Readers.enumOf(TeamKind.class), b::kind);
      f.optional("name", Readers.STRING, b::name);
      f.required("community", Readers.STRING, b::community);
      f.required("members", Readers.list(StructureCodec::membership), b::members);
      f.optional("subject", SCHOOL_SUBJECT, b::schoolSubject);
      f.optional("grade", Readers.INT, b::grade);
      return f.build(b::build);
    });
  }

  static Node team(Team t) {
    Node n = Node.object().with("id", t.id()).with("kind", t.kind().name());
    optionalText(n, "name", t.name());
    n.with("community", t.community()).with("members", NodeEncoders.list(t.members(), StructureCodec::membership));
    optional(n, "subject", t.schoolSubject(), s -> Node.string(s.name()));
    optional(n, "grade", t.grade(), g -> Node.number(g));
    return n;
  }

  static Optional<Membership> membership(Node node, TreePath path, Decoding problems) {
    return Fields.of(node, path, problems, "a team member").flatMap(f -> {
      var b = Membership.builder();
      f.required("person", Readers.STRING, b::person);
      f.required("role", TEAM_ROLE, b::role);
      f.optional("represents", Readers.list(Readers.STRING), b::represents);
      f.optional("duties", Readers.list(Readers.STRING), b::duties);
      return f.build(b::build);
    });
  }

  static Node membership(Membership m) {
    Node n = Node.object().with("person", m.person()).with("role", m.role().name());
    nonEmpty(n, "represents", m.represents(), strings(m.represents()));
    nonEmpty(n, "duties", m.duties(), strings(m.duties()));
    return n;
  }
}
