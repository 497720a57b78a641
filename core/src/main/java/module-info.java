/**
 * The domain of urban–rural mutual aid (互助): schools, people, communities, teams, exchanges,
 * pairings, activities and score records, the {@link dev.huzhu.core.Dataset} that holds them,
 * their validation and the seeded synthetic-dataset generator. Every exported package is API;
 * {@code dev.huzhu.core.internal} is shared with huzhu's own modules only.
 */
module dev.huzhu.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.huzhu.core;
  exports dev.huzhu.core.activity;
  exports dev.huzhu.core.community;
  exports dev.huzhu.core.exchange;
  exports dev.huzhu.core.pairing;
  exports dev.huzhu.core.person;
  exports dev.huzhu.core.school;
  exports dev.huzhu.core.score;
  exports dev.huzhu.core.synthetic;
  exports dev.huzhu.core.team;
  exports dev.huzhu.core.validation;

  // the values of evaluation (a policy's parts) and io's messages check alike; not API
  exports dev.huzhu.core.internal to dev.huzhu.evaluation, dev.huzhu.io;
}
