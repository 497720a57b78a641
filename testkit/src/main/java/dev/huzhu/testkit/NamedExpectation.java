package dev.huzhu.testkit;

import java.util.Optional;

/** An expectation named by its author, or else by what it expects. */
abstract class NamedExpectation implements Expectation {
  private final Optional<String> name;

  NamedExpectation(Optional<String> name) {
    this.name = name;
  }

  /** The name an expectation has when its author gave none: what it expects. */
  abstract String defaultName();

  @Override
  public final String name() {
    return name.orElseGet(this::defaultName);
  }

  @Override
  public final String toString() {
    return name();
  }
}
