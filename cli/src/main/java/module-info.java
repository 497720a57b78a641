/**
 * The command {@code huzhu}: an application, not a library, so it exports nothing. picocli reads
 * the commands' annotated fields reflectively.
 */
module dev.huzhu.cli {
  requires dev.huzhu.testkit;
  requires info.picocli;
  requires jdk.jshell;

  opens dev.huzhu.cli to info.picocli;
}
