package org.musicmuseum.events;

import java.util.List;
import java.util.function.Function;

/**
 * Either a valid value or every violation found in the input. Callers branch with {@link #map},
 * {@link #flatMap}, {@link #fold} or {@link #orElseThrow} rather than testing and casting.
 */
public sealed interface ParseResult<T> {

  /** The violations found; empty when the result is valid. */
  List<Violation> violations();

  /** The value changed by {@code f} when valid; the same violations otherwise. */
  <R> ParseResult<R> map(Function<? super T, ? extends R> f);

  /** The result of {@code f} on the value when valid; the same violations otherwise. */
  <R> ParseResult<R> flatMap(Function<? super T, ParseResult<R>> f);

  /** {@code ifInvalid} of the violations, or {@code ifValid} of the value. */
  <R> R fold(
      Function<? super List<Violation>, ? extends R> ifInvalid,
      Function<? super T, ? extends R> ifValid);

  /** The value; the exception {@code refusal} makes of the violations when invalid. */
  default <X extends Throwable> T orElseThrow(
      Function<? super List<Violation>, ? extends X> refusal) throws X {
    if (this instanceof Valid<T> valid) {
      return valid.value();
    }
    throw refusal.apply(violations());
  }

  /** A valid value. */
  record Valid<T>(T value) implements ParseResult<T> {

    @Override
    public List<Violation> violations() {
      return List.of();
    }

    @Override
    public <R> ParseResult<R> map(Function<? super T, ? extends R> f) {
      return new Valid<>(f.apply(value));
    }

    @Override
    public <R> ParseResult<R> flatMap(Function<? super T, ParseResult<R>> f) {
      return f.apply(value);
    }

    @Override
    public <R> R fold(
        Function<? super List<Violation>, ? extends R> ifInvalid,
        Function<? super T, ? extends R> ifValid) {
      return ifValid.apply(value);
    }
  }

  /** The input was refused; {@code violations} is never empty. */
  record Invalid<T>(List<Violation> violations) implements ParseResult<T> {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("an invalid result needs a violation");
      }
    }

    @Override
    public <R> ParseResult<R> map(Function<? super T, ? extends R> f) {
      return new Invalid<>(violations);
    }

    @Override
    public <R> ParseResult<R> flatMap(Function<? super T, ParseResult<R>> f) {
      return new Invalid<>(violations);
    }

    @Override
    public <R> R fold(
        Function<? super List<Violation>, ? extends R> ifInvalid,
        Function<? super T, ? extends R> ifValid) {
      return ifInvalid.apply(violations);
    }
  }

  /** A refusal with a single violation. */
  static <T> ParseResult<T> invalid(String field, String message) {
    return new Invalid<>(List.of(new Violation(field, message)));
  }
}
