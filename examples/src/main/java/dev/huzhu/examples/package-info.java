/**
 * Runnable examples of huzhu. {@link dev.huzhu.examples.SeedDataset} holds the seed's five
 * documents' communities, teams, exchanges, pairings, activities and scores as one valid
 * {@link dev.huzhu.core.Dataset}, and {@link dev.huzhu.examples.SeedCommunities} prints them; the
 * other programs here work on generated data.
 *
 * <p>Nothing here is library API: the examples only use what {@code huzhu-core} offers, so they
 * double as a check that a real dataset can be written down with it. Students and parents appear
 * in the data by neutral placeholders and are never printed by name.
 */
package dev.huzhu.examples;
