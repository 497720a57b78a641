package dev.huzhu.evaluation.scoring;

/**
 * A scoring that compares the raw values of all the subjects ({@code relative}, {@code rank},
 * {@code ratioToBest}): a subject's points depend on the others'. The family is open: a new
 * comparative scoring extends this class.
 */
public abstract non-sealed class ComparativeScoring implements Scoring {}
