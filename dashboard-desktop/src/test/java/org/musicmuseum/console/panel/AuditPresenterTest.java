package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.model.AuditCounts;
import org.musicmuseum.console.model.AuditEntry;
import org.musicmuseum.console.model.AuditType;
import org.musicmuseum.console.panel.FakeMuseumApi.Lookup;
import org.musicmuseum.testkit.MutableClock;

class AuditPresenterTest {

  private static final String EVENT = "{\n    \"title\": \"Kind of Blue\"\n}";
  private static final String BAD_INDEX = "The index is a whole number, 0 or more.";

  private final FakeMuseumApi api = new FakeMuseumApi();
  private final AuditPresenter presenter =
      new AuditPresenter(
          api,
          new Fetcher(Runnable::run, Runnable::run),
          new Fetcher(Runnable::run, Runnable::run),
          new MutableClock(Instant.parse("2024-05-01T10:00:00Z")),
          () -> Duration.ofSeconds(5),
          new Random(1));

  private static AuditEntry entry(AuditType type, long index) {
    return new AuditEntry(type, index, EVENT, 1, 1042, "2024-05-01T09:59:00Z");
  }

  /** Reads counts of 10 albums and 4 singles, which shows a random album. */
  private long firstRead() {
    long index = new Random(1).nextLong(10);
    api.counts(new AuditCounts(10, 4, true)).entry(entry(AuditType.ALBUM, index));
    presenter.refresh();
    return index;
  }

  @Test
  void theFirstCountsShowARandomEvent() {
    long index = firstRead();

    assertThat(api.lookups).containsExactly(new Lookup(AuditType.ALBUM, index));
    assertThat(presenter.indexProperty().get()).isEqualTo(Long.toString(index));
    assertThat(presenter.rangeProperty().get()).isEqualTo("10 albums: index 0 to 9");
    assertThat(presenter.jsonProperty().get()).isEqualTo(EVENT);
    assertThat(presenter.partitionProperty().get()).isEqualTo("1");
    assertThat(presenter.offsetProperty().get()).isEqualTo("1,042");
    assertThat(presenter.timestampProperty().get()).isEqualTo("2024-05-01T09:59:00Z");
    assertThat(presenter.state().errorProperty().get()).isEmpty();
    assertThat(presenter.lookupState().errorProperty().get()).isEmpty();
  }

  @Test
  void laterCountsKeepTheEventShown() {
    firstRead();
    api.counts(new AuditCounts(11, 4, false));

    presenter.refresh();

    assertThat(api.lookups).hasSize(1);
    assertThat(presenter.rangeProperty().get())
        .isEqualTo("11 albums: index 0 to 10 (still reading the log)");
  }

  @Test
  void anIndexTypedBeforeTheFirstEventIsNotReplacedByARandomOne() {
    api.counts(new AuditCounts(0, 0, true));
    presenter.refresh();
    presenter.indexProperty().set("7");
    api.counts(new AuditCounts(10, 4, true));

    presenter.refresh();

    assertThat(api.lookups).isEmpty();
    assertThat(presenter.indexProperty().get()).isEqualTo("7");
    assertThat(presenter.rangeProperty().get()).isEqualTo("10 albums: index 0 to 9");
  }

  @Test
  void theChosenIndexIsLookedUp() {
    firstRead();
    presenter.indexProperty().set(" 3 ");
    api.entry(entry(AuditType.ALBUM, 3));

    presenter.showChosen();

    assertThat(api.lookups).last().isEqualTo(new Lookup(AuditType.ALBUM, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "", "1.5"})
  void anIndexThatIsNoWholeNumberIsRefusedWithoutACall(String typed) {
    presenter.indexProperty().set(typed);

    presenter.showChosen();

    assertThat(presenter.lookupState().errorProperty().get()).isEqualTo(BAD_INDEX);
    assertThat(api.lookups).isEmpty();
  }

  @Test
  void anIndexNotInTheLogIsRefusedAndTheEventCleared() {
    firstRead();
    String message = "The audit service answered 404: No album at index 99";
    api.entry(new ServiceException(Kind.ERROR_STATUS, 404, message));
    presenter.indexProperty().set("99");

    presenter.showChosen();

    assertThat(presenter.lookupState().errorProperty().get()).isEqualTo(message);
    assertThat(presenter.jsonProperty().get()).isEmpty();
    assertThat(presenter.partitionProperty().get()).isEqualTo("–");
    assertThat(presenter.offsetProperty().get()).isEqualTo("–");
    assertThat(presenter.timestampProperty().get()).isEqualTo("–");
  }

  @Test
  void aServerErrorOnLookupPromisesARetry() {
    firstRead();
    String message = "The audit service answered 503: Kafka is not reachable";
    api.entry(new ServiceException(Kind.ERROR_STATUS, 503, message));
    presenter.indexProperty().set("2");

    presenter.showChosen();

    assertThat(presenter.lookupState().errorProperty().get())
        .startsWith(message)
        .endsWith("Retrying every 5 s.");
    assertThat(presenter.lookupState().staleProperty().get()).isTrue();
    assertThat(presenter.jsonProperty().get()).isEqualTo(EVENT);
  }

  @Test
  void anUnreachableAuditOnLookupPromisesARetry() {
    String message = "The audit service cannot be reached (no connection to h:8200).";
    api.entry(new ServiceException(Kind.UNREACHABLE, 0, message));
    presenter.indexProperty().set("0");

    presenter.showChosen();

    assertThat(presenter.lookupState().errorProperty().get())
        .startsWith(message)
        .contains("Retrying every 5 s");
  }

  @Test
  void countsThatCannotBeReadAreThePanelsError() {
    String message = "The audit service cannot be reached (no answer within 4 s).";
    api.counts(new ServiceException(Kind.TIMEOUT, 0, message));

    presenter.refresh();

    assertThat(presenter.state().errorProperty().get())
        .startsWith(message)
        .endsWith("Retrying every 5 s.");
    assertThat(presenter.rangeProperty().get()).isEqualTo("Reading the counts…");
    assertThat(api.lookups).isEmpty();
  }

  @Test
  void choosingTheOtherTypeShowsARandomEventOfIt() {
    Random expected = new Random(1);
    expected.nextLong(10);
    long single = expected.nextLong(4);
    firstRead();
    api.entry(entry(AuditType.SINGLE_SONG, single));

    presenter.typeProperty().set(AuditType.SINGLE_SONG);

    assertThat(api.lookups).last().isEqualTo(new Lookup(AuditType.SINGLE_SONG, single));
    assertThat(presenter.indexProperty().get()).isEqualTo(Long.toString(single));
    assertThat(presenter.rangeProperty().get()).isEqualTo("4 single songs: index 0 to 3");
  }

  @Test
  void withNoEventOfTheTypeThereIsANoteAndNoCall() {
    api.counts(new AuditCounts(0, 0, true));

    presenter.refresh();

    assertThat(api.lookups).isEmpty();
    assertThat(presenter.rangeProperty().get()).isEqualTo("No albums in the log yet");
    assertThat(presenter.jsonProperty().get()).startsWith("Nothing to show yet");
    assertThat(presenter.partitionProperty().get()).isEqualTo("–");
  }

  @Test
  void choosingATypeBeforeTheCountsAreReadMakesNoCall() {
    presenter.typeProperty().set(AuditType.SINGLE_SONG);

    assertThat(api.lookups).isEmpty();
    assertThat(presenter.jsonProperty().get()).isEmpty();
    assertThat(presenter.rangeProperty().get()).isEqualTo("Reading the counts…");
  }
}
