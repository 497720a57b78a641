/**
 * Benchmarks: JMH benchmarks of the engine in memory and of each reader (run with
 * {@code java -jar benchmarks/target/benchmarks.jar}), and the programs behind
 * {@code benchmarks/run}, which times the command line against DuckDB over the same files and
 * checks that both give the same values: {@link DuckDbValues} (the analyst's SQL),
 * {@link CrossCheck} (the comparison) and {@link PlainRead} (reading the files and nothing else).
 * Not an API: nothing depends on this module.
 */
package dev.huzhu.benchmarks;
