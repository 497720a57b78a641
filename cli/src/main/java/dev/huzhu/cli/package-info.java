/**
 * The command line, {@code huzhu validate}, {@code huzhu assess} and {@code huzhu explain SUBJECT}
 * (SPEC §5), over the files of the io module. Entry point: {@link dev.huzhu.cli.Huzhu}. The
 * reading, checking and assessing all live in the other modules; here are only options, output
 * and exit status.
 */
package dev.huzhu.cli;
