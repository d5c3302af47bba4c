package org.musicmuseum.events;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;

/**
 * Validators for the event records. Inside Liberty the injected {@link Validator} asks JPA, for
 * every property, whether it is loaded; events are records, never entities, so that question is
 * skipped (it was a sixth of the Bean Validation time of a batch; docs/benchmarks.md).
 */
public final class EventValidators {

  private EventValidators() {}

  /** A validator of {@code factory}'s configuration to which every property is reachable. */
  public static Validator from(ValidatorFactory factory) {
    return factory.usingContext().traversableResolver(new AllReachable()).getValidator();
  }

  private static final class AllReachable implements TraversableResolver {

    @Override
    public boolean isReachable(
        Object bean, Path.Node node, Class<?> root, Path path, ElementType type) {
      return true;
    }

    @Override
    public boolean isCascadable(
        Object bean, Path.Node node, Class<?> root, Path path, ElementType type) {
      return true;
    }
  }
}
