package dev.huzhu.io;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** The class path for a forked JVM: the test's class path and module path together. */
final class TestClassPath {
  private TestClassPath() {}

  static String get() {
    List<String> parts = new ArrayList<>();
    for (String key : new String[] {"jdk.module.path", "java.class.path"}) {
      String value = System.getProperty(key);
      if (value != null && !value.isEmpty()) {
        parts.add(value);
      }
    }
    return String.join(File.pathSeparator, parts);
  }
}
