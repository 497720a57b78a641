/**
 * Reading and writing documents on Jackson's token streams, not API: the reader that builds a
 * located {@link dev.huzhu.io.document.Node} tree, the writer that gives the same bytes for the
 * same tree, Jackson's factories with huzhu's limits, strict UTF-8 text and the bounds on a YAML
 * document. Not exported; {@link dev.huzhu.io.document.Documents} is the API over it.
 */
package dev.huzhu.io.internal.tree;
