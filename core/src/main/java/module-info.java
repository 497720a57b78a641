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
}
