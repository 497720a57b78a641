/**
 * Reading a JSON or YAML document of one's own with huzhu's strictness, as the testkit reads its
 * policy test files: {@link dev.huzhu.io.document.Documents} reads the text into a
 * {@link dev.huzhu.io.document.Node} tree that keeps every element's line and column (refusing
 * duplicate keys, YAML aliases and tags, and whatever passes the {@link dev.huzhu.io.ReadLimits})
 * and checks its {@code format} and {@code version}; {@link dev.huzhu.io.document.Fields} and
 * {@link dev.huzhu.io.document.Readers} decode it field by field; every problem goes to a
 * {@link dev.huzhu.io.document.Decoding} with its file, line, column and
 * {@link dev.huzhu.io.document.TreePath}. huzhu's own files are read with the same classes; their
 * codecs are not here (they live in {@code dev.huzhu.io.internal}).
 */
package dev.huzhu.io.document;
