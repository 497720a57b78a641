package dev.huzhu.io;

import dev.huzhu.core.validation.Problem;
import dev.huzhu.evaluation.policy.Policy;
import dev.huzhu.evaluation.policy.PolicyKinds;
import dev.huzhu.io.document.Decoding;
import dev.huzhu.io.document.Documents;
import dev.huzhu.io.document.Fields;
import dev.huzhu.io.document.Node;
import dev.huzhu.io.internal.policy.PolicyCodec;
import dev.huzhu.io.internal.tree.Formats;
import dev.huzhu.io.internal.tree.Texts;
import dev.huzhu.io.internal.tree.TreeWriter;
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
 * Assessment policies (考核方案) as files (docs/files.md#policies): a YAML or JSON document, the same tree
 * either way, for example
 *
 * <pre>{@code
 * format: huzhu-policy
 * version: 1
 * id: exchange-teacher-2012
 * title: 交流教师考核
 * period: {from: 2012-09-01, to: 2013-01-31}
 * subjects: {exchangeKinds: [TEACHING_EXCHANGE]}
 * sections:
 *   - id: duties
 *     label: 每月职责
 *     points: 100
 *     metrics:
 *       - {id: demonstration, label: 每月一次示范课, points: 50,
 *          measure: {type: monthlyCompliance, kinds: [DEMONSTRATION_LESSON]},
 *          scoring: {type: linear, target: 1}}
 *       - {id: lecture, label: 每月一次专题讲座, points: 50,
 *          measure: {type: monthlyCompliance, kinds: [LECTURE]},
 *          scoring: {type: linear, target: 1}}
 * grading:
 *   bands:
 *     - {grade: QUALIFIED, label: 合格, minTotal: 60}
 *     - {grade: UNQUALIFIED, label: 不合格, minTotal: 0}
 * }</pre>
 *
 * <p>then, when the policy has them, {@code adjustments} (加分/扣分, {@code type: bonus} or
 * {@code deduction}), {@code vetoes} (一票否决), {@code awards} and {@code bundling}. A measure
 * and a scoring are named by their {@code type} ({@code count}, {@code sum}, … ; {@code linear},
 * {@code tiers}, …) and take exactly the fields of that type; an empty {@code kinds} matches
 * every kind. Decimals keep the scale they are written with ({@code 1.0} stays {@code 1.0}).
 *
 * <p>The measures and scorings a file may name are those of this library; a program that adds
 * one of its own (a class that declares its {@code Kind}, as the library's do) reads files that
 * name it with {@link PolicyKinds}: {@code PolicyFiles.read(path,
 * PolicyKinds.builtIn().withMeasure(MyMeasure.KIND))}. Writing needs nothing more: every
 * measure and scoring knows its kind.
 *
 * <p>Reading is strict — every problem of the file at once, each with file, line, column and
 * path — and then validates the policy ({@link Policy#validate()}: section points that do not add
 * up, scorings out of range, measures that do not apply to the subjects), reporting those problems
 * at the line of the element they concern. What is returned is always a valid policy.
 */
public final class PolicyFiles {
  private PolicyFiles() {}

  /**
   * Reads a policy file, YAML or JSON as its name says ({@code .yaml}, {@code .yml},
   * {@code .json}), UTF-8 with or without a byte-order mark.
   *
   * @throws InvalidFileException with every problem of the file, or of the policy it holds
   * @throws FileException when the file cannot be read at all
   * @throws IllegalArgumentException when the name ends in none of these
   */
  public static Policy read(Path path) {
    return read(path, ReadLimits.policyDefaults());
  }

  /** Reads a policy file within the given limits (the defaults bound a policy to 4 MiB). */
  public static Policy read(Path path, ReadLimits limits) {
    return read(path, limits, PolicyKinds.builtIn());
  }

  /** Reads a policy file that may name the measures and scorings of {@code kinds}. */
  public static Policy read(Path path, PolicyKinds kinds) {
    return read(path, ReadLimits.policyDefaults(), kinds);
  }

  /**
   * Reads a policy file within the given limits, which may name the measures and scorings of
   * {@code kinds}.
   */
  public static Policy read(Path path, ReadLimits limits, PolicyKinds kinds) {
    FileSyntax syntax = Texts.kind(path, FileSyntax::of); // refused unopened
    try (Reader text = Texts.open(path)) {
      return read(text, path.toString(), syntax, limits, kinds);
    } catch (IOException e) {
      throw Texts.unreadable(path.toString(), e);
    }
  }

  /** Reads a policy from a reader, named {@code fileName} in problems. */
  public static Policy read(Reader text, String fileName, FileSyntax syntax) {
    return read(text, fileName, syntax, ReadLimits.policyDefaults());
  }

  /** Reads a policy from a stream of UTF-8 bytes, named {@code fileName} in problems. */
  public static Policy read(java.io.InputStream text, String fileName, FileSyntax syntax) {
    return read(Texts.open(text), fileName, syntax);
  }

  /** Reads a policy from a reader within the given limits, named {@code fileName} in problems. */
  public static Policy read(Reader text, String fileName, FileSyntax syntax, ReadLimits limits) {
    return read(text, fileName, syntax, limits, PolicyKinds.builtIn());
  }

  /**
   * Reads a policy from a reader within the given limits, named {@code fileName} in problems,
   * which may name the measures and scorings of {@code kinds}.
   */
  public static Policy read(Reader text, String fileName, FileSyntax syntax, ReadLimits limits,
      PolicyKinds kinds) {
    Decoding problems = new Decoding(fileName, limits.maxProblems());
    Optional<Node> root = Documents.read(text, syntax, limits, problems);
    Optional<Policy> policy = Optional.empty();
    try {
      Optional<Fields> fields = root.flatMap(r -> Documents.header(r, PolicyCodec.FORMAT,
          PolicyCodec.VERSION, problems, "a policy"));
      policy = fields.flatMap(f -> PolicyCodec.policy(f, kinds));
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    if (policy.isEmpty() && !problems.hasProblems()) {
      // every decoder records why it returns nothing; this guards against one that does not
      problems.add(IoProblemCode.INVALID_VALUE, "", 1, 1, "the policy could not be read");
    }
    problems.throwIfAny("the policy");
    try {
      for (Problem p : policy.get().validate()) {
        Node at = Documents.locate(root.get(), p.path());
        problems.add(p, at.line(), at.column());
      }
    } catch (Decoding.StopReading e) {
      // the problems so far are thrown below
    }
    problems.throwIfAny("the policy");
    return policy.get();
  }

  /** Reads a policy given as text (for tests and JShell), named {@code <text>} in problems. */
  public static Policy parse(String text, FileSyntax syntax) {
    return parse(text, syntax, PolicyKinds.builtIn());
  }

  /** Reads a policy given as text that may name the measures and scorings of {@code kinds}. */
  public static Policy parse(String text, FileSyntax syntax, PolicyKinds kinds) {
    return read(new StringReader(Texts.withoutBom(text)), "<text>", syntax,
        ReadLimits.policyDefaults(), kinds);
  }

  /** Writes a policy to a stream in UTF-8; the stream is flushed, not closed. */
  public static void write(Policy policy, java.io.OutputStream out, FileSyntax syntax) {
    Texts.toStream(out, w -> write(policy, w, syntax));
  }

  /** Writes a policy, YAML or JSON as the file's name says. */
  public static void write(Policy policy, Path path) {
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      write(policy, out, FileSyntax.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a policy: fields in the order of docs/files.md#policies, absent optional fields left out, decimals
   * exactly as held, {@code \n} line ends; the same policy always gives the same text. The
   * writer is left open.
   */
  public static void write(Policy policy, Writer out, FileSyntax syntax) {
    Node document = PolicyCodec.policy(policy);
    TreeWriter.writeDocument(Formats.factory(syntax, ReadLimits.policyDefaults()), document, out,
        syntax == FileSyntax.JSON);
  }

  /** The policy as a YAML document, as {@link #write(Policy, Writer, FileSyntax)} writes it. */
  public static String toYaml(Policy policy) {
    StringWriter out = new StringWriter();
    write(policy, out, FileSyntax.YAML);
    return out.toString();
  }

  /** The policy as a JSON document, as {@link #write(Policy, Writer, FileSyntax)} writes it. */
  public static String toJson(Policy policy) {
    StringWriter out = new StringWriter();
    write(policy, out, FileSyntax.JSON);
    return out.toString();
  }
}
