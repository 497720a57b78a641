/**
 * How a measure or a scoring describes itself to policy files, once, in its own class: its
 * {@link dev.huzhu.evaluation.form.Kind} (the word of its {@code type}, its checks) and the
 * {@link dev.huzhu.evaluation.form.Form} of its fields, each a
 * {@link dev.huzhu.evaluation.form.Field} of a {@link dev.huzhu.evaluation.form.FieldType}; the
 * kinds a policy may name are listed in {@link dev.huzhu.evaluation.form.Kinds}. A file reader
 * both reads and writes values from these descriptions, so a field's name is spelled once. Plain
 * Java: no file format or library lives here.
 */
package dev.huzhu.evaluation.form;
