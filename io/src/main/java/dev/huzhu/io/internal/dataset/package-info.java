/**
 * The codecs of a dataset's files, not API: the dataset document, its collections' elements,
 * activity logs and score records in CSV and JSON Lines, and where each element was read. Not
 * exported; the entry points are {@link dev.huzhu.io.DatasetFiles},
 * {@link dev.huzhu.io.ActivityLogs} and {@link dev.huzhu.io.ScoreFiles}.
 */
package dev.huzhu.io.internal.dataset;
