module dev.huzhu.cli {
  requires dev.huzhu.testkit;
  requires info.picocli;

  opens dev.huzhu.cli to info.picocli;
}
