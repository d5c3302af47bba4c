package org.musicmuseum.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deliberate mistake per case, made in a copy of the parsed manifests: KubernetesChecks must
 * name it. Each subclass lists its cases in a static {@code mistakes()} (ManifestMistakes.mistake).
 */
abstract class ManifestMistakeCases {

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void eachMistakeIsNamed(Consumer<KubernetesManifests> mistake, String expected) {
    assertThat(ManifestMistakes.problemsAfter(mistake))
        .anySatisfy(p -> assertThat(p).contains(expected));
  }
}
