package dev.huzhu.io;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.io.policy.PolicyCodec;
import dev.huzhu.io.tree.Decoding;
import dev.huzhu.io.tree.Documents;
import dev.huzhu.io.tree.Fields;
import dev.huzhu.io.tree.Node;
import dev.huzhu.io.tree.Texts;
import dev.huzhu.io.tree.TreeWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Assessment policies as files (SPEC §4): a YAML or JSON document
 * {@code {format: huzhu-policy, version: 1, id, title, period, subjects, sections, ...}}, the same
 * tree either way.
 *
 * <p>Reading is strict — every problem of the file at once, each with file, line, column and
 * path — and then validates the policy ({@link Policy#validate()}: section points that do not add
 * up, scorings out of range, measures that do not apply to the subjects), reporting those problems
 * at the line of the element they concern. What is returned is always a valid policy.
 */
public final class PolicyFiles {
  private PolicyFiles() {}

  /** Reads a policy file, YAML or JSON as its name says ({@code .yaml}, {@code .yml}, {@code .json}). */
  public static Policy read(Path path) {
    return read(path, ReadLimits.policyDefaults());
  }

  public static Policy read(Path path, ReadLimits limits) {
    try (Reader text = Texts.open(path)) {
      return read(text, path.toString(), FileSyntax.of(path), limits);
    } catch (IOException e) {
      throw Texts.unreadable(path.toString(), e);
    }
  }

  /** Reads a policy from a reader, named {@code fileName} in problems. */
  public static Policy read(Reader text, String fileName, FileSyntax syntax) {
    return read(text, fileName, syntax, ReadLimits.policyDefaults());
  }

  public static Policy read(Reader text, String fileName, FileSyntax syntax, ReadLimits limits) {
    Decoding problems = new Decoding(fileName, limits.maxProblems());
    Optional<Node> root = Documents.read(text, syntax, limits, problems);
    Optional<Policy> policy = Optional.empty();
    try {
      Optional<Fields> fields = root.flatMap(r -> Documents.header(r, PolicyCodec.FORMAT,
          PolicyCodec.VERSION, problems, "a policy"));
      policy = fields.flatMap(PolicyCodec::policy);
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    problems.throwIfAny("the policy");
    for (Problem p : policy.orElseThrow().validate()) {
      Node at = Documents.locate(root.orElseThrow(), p.path());
      problems.add(p, at.line(), at.column());
    }
    problems.throwIfAny("the policy");
    return policy.get();
  }

  /** Reads a policy given as text (for tests and JShell). */
  public static Policy parse(String text, FileSyntax syntax) {
    return read(new StringReader(Texts.withoutBom(text)), "<text>", syntax);
  }

  /** Writes a policy, YAML or JSON as the file's name says. */
  public static void write(Policy policy, Path path) {
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(policy, out, FileSyntax.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a policy; the same policy always gives the same bytes. */
  public static void write(Policy policy, Writer out, FileSyntax syntax) {
    Node document = PolicyCodec.policy(policy);
    TreeWriter.writeDocument(Documents.factory(syntax, ReadLimits.policyDefaults()), document, out,
        syntax == FileSyntax.JSON);
  }

  public static String toYaml(Policy policy) {
    StringWriter out = new StringWriter();
    write(policy, out, FileSyntax.YAML);
    return out.toString();
  }

  public static String toJson(Policy policy) {
    StringWriter out = new StringWriter();
    write(policy, out, FileSyntax.JSON);
    return out.toString();
  }
}
