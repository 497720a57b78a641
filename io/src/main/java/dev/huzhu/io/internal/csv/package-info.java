/**
 * CSV and JSON Lines, not API: a reader and writer of CSV that know every cell's line and column,
 * a table with a header of known columns, and a reader of one line at a time, all in bounded
 * memory. Not exported; the files are read through {@code dev.huzhu.io}.
 */
package dev.huzhu.io.internal.csv;
