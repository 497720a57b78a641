/**
 * The command line, {@code huzhu validate}, {@code huzhu assess}, {@code huzhu explain SUBJECT}
 * (README.md#command-line), over the files of the io module, and {@code huzhu test PATH...} over the testkit's
 * policy test files (docs/files.md#policy-test-files). Entry point: {@link dev.huzhu.cli.Huzhu}. The reading, checking,
 * assessing and testing all live in the other modules; here are only options, output and exit
 * status.
 */
package dev.huzhu.cli;
