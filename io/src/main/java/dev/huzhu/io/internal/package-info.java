/**
 * The io module's machinery, not API: the codecs of huzhu's files and what they are built on. The
 * module exports none of these packages; use {@link dev.huzhu.io.DatasetFiles},
 * {@link dev.huzhu.io.PolicyFiles} and the other entry points of {@code dev.huzhu.io}, and
 * {@code dev.huzhu.io.document} to read a document of one's own. Anything here may change without
 * notice.
 */
package dev.huzhu.io.internal;
