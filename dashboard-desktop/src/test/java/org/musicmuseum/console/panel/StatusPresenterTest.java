package org.musicmuseum.console.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.musicmuseum.console.client.ServiceException;
import org.musicmuseum.console.client.ServiceException.Kind;
import org.musicmuseum.console.model.HealthReport;
import org.musicmuseum.console.model.ServiceStatus;
import org.musicmuseum.console.model.StatusChange;
import org.musicmuseum.testkit.MutableClock;

class StatusPresenterTest {

  private static final ZoneId ZONE = ZoneId.systemDefault();

  /** Today, so that {@link Formats#time} shows the time only. */
  private static final Instant CHECK =
      LocalDate.now(ZONE).atTime(12, 34, 56).atZone(ZONE).toInstant();

  private static final Instant SINCE = LocalDate.now(ZONE).atTime(9, 0).atZone(ZONE).toInstant();
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final ServiceException UNREACHABLE =
      new ServiceException(Kind.UNREACHABLE, 0, "The health service cannot be reached (refused).");

  private final FakeMuseumApi api = new FakeMuseumApi();
  private final MutableClock clock = new MutableClock(NOW);

  private StatusPresenter presenter(ChangeLog log) {
    return new StatusPresenter(
        api, new Fetcher(Runnable::run, Runnable::run), clock, () -> Duration.ofSeconds(5), log);
  }

  private static ServiceStatus up(String name) {
    return new ServiceStatus(name, "Running", Optional.of(CHECK), Optional.of(SINCE), "ready");
  }

  private static HealthReport report(ServiceStatus... states) {
    return new HealthReport(Optional.of(CHECK), List.of(states));
  }

  private static HealthReport allUp() {
    return report(up("receiver"), up("storage"), up("processing"), up("audit"));
  }

  @Test
  void rowsAreInAFixedOrderAndShowEachServicesStatus() {
    StatusPresenter presenter = presenter(new ChangeLog(100));
    ServiceStatus storageDown =
        new ServiceStatus("storage", "Down", Optional.of(CHECK), Optional.empty(), "refused");
    api.health(report(up("audit"), storageDown, up("receiver")));

    presenter.refresh();

    List<ServiceRow> rows = presenter.rows();
    assertThat(rows)
        .extracting(ServiceRow::name)
        .containsExactly("receiver", "storage", "processing", "audit");
    assertThat(rows)
        .extracting(ServiceRow::label)
        .containsExactly("Receiver", "Storage", "Processing", "Audit");
    assertThat(rows.get(0).statusProperty().get()).isEqualTo("Running");
    assertThat(rows.get(0).checkedProperty().get()).isEqualTo("Checked 12:34:56 · since 09:00:00");
    assertThat(rows.get(0).detailProperty().get()).isEmpty();
    assertThat(rows.get(1).statusProperty().get()).isEqualTo("Down");
    assertThat(rows.get(1).checkedProperty().get()).isEqualTo("Checked 12:34:56");
    assertThat(rows.get(1).detailProperty().get()).isEqualTo("refused");
    assertThat(rows.get(2).statusProperty().get()).isEqualTo("Unknown");
    assertThat(rows.get(2).checkedProperty().get()).isEqualTo("Not checked yet");
    assertThat(presenter.lastRoundProperty().get()).isEqualTo("Last round of checks 12:34:56");
  }

  @Test
  void firstSightOfEachServiceIsLoggedNewestFirst() {
    StatusPresenter presenter = presenter(new ChangeLog(100));
    api.health(allUp());

    presenter.refresh();

    assertThat(presenter.log().entries())
        .containsExactly(
            new StatusChange(NOW, "audit", "—", "Running", ""),
            new StatusChange(NOW, "processing", "—", "Running", ""),
            new StatusChange(NOW, "storage", "—", "Running", ""),
            new StatusChange(NOW, "receiver", "—", "Running", ""),
            new StatusChange(NOW, StatusPresenter.HEALTH, "—", "Reachable", ""));
  }

  @Test
  void aChangeIsLoggedWithTheDetailAndNothingElseWhenUnchanged() {
    StatusPresenter presenter = presenter(new ChangeLog(100));
    ServiceStatus storageDown =
        new ServiceStatus("storage", "Down", Optional.of(CHECK), Optional.empty(), "refused");
    api.health(allUp())
        .health(report(up("receiver"), storageDown, up("processing"), up("audit")))
        .health(report(up("receiver"), storageDown, up("processing"), up("audit")));
    presenter.refresh();
    Instant later = NOW.plusSeconds(5);
    clock.advance(Duration.ofSeconds(5));

    presenter.refresh();
    clock.advance(Duration.ofSeconds(5));
    presenter.refresh();

    assertThat(presenter.log().entries()).hasSize(6);
    assertThat(presenter.log().entries().get(0))
        .isEqualTo(new StatusChange(later, "storage", "Running", "Down", "refused"));
  }

  @Test
  void theHealthServiceIsLoggedUnreachableThenReachable() {
    StatusPresenter presenter = presenter(new ChangeLog(100));
    api.health(allUp()).health(UNREACHABLE).health(allUp());
    presenter.refresh();

    clock.advance(Duration.ofSeconds(5));
    presenter.refresh();

    assertThat(presenter.log().entries().get(0))
        .isEqualTo(
            new StatusChange(
                NOW.plusSeconds(5),
                StatusPresenter.HEALTH,
                "Reachable",
                "Unreachable",
                UNREACHABLE.getMessage()));
    assertThat(presenter.state().errorProperty().get())
        .startsWith(UNREACHABLE.getMessage() + " The statuses below may be out of date.")
        .contains("Showing the figures read at")
        .endsWith("Retrying every 5 s.");
    assertThat(presenter.state().staleProperty().get()).isTrue();
    assertThat(presenter.rows().get(0).statusProperty().get()).isEqualTo("Running");

    clock.advance(Duration.ofSeconds(5));
    presenter.refresh();

    assertThat(presenter.log().entries()).hasSize(7);
    assertThat(presenter.log().entries().get(0))
        .isEqualTo(
            new StatusChange(
                NOW.plusSeconds(10), StatusPresenter.HEALTH, "Unreachable", "Reachable", ""));
    assertThat(presenter.state().errorProperty().get()).isEmpty();
    assertThat(presenter.state().staleProperty().get()).isFalse();
  }

  @Test
  void unreachableFromTheStartIsLoggedFromNotSeen() {
    StatusPresenter presenter = presenter(new ChangeLog(100));
    api.health(UNREACHABLE);

    presenter.refresh();

    assertThat(presenter.log().entries())
        .containsExactly(
            new StatusChange(
                NOW, StatusPresenter.HEALTH, "—", "Unreachable", UNREACHABLE.getMessage()));
    assertThat(presenter.state().staleProperty().get()).isFalse();
  }

  @Test
  void theLogKeepsOnlyTheNewestEntries() {
    StatusPresenter presenter = presenter(new ChangeLog(3));
    api.health(allUp());

    presenter.refresh();

    assertThat(presenter.log().entries())
        .extracting(StatusChange::service)
        .containsExactly("audit", "processing", "storage");
  }

  @Test
  void theLogIsReadOnlyAndNeedsRoom() {
    ChangeLog log = new ChangeLog(1);

    assertThatThrownBy(() -> log.entries().add(new StatusChange(NOW, "x", "a", "b", "")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new ChangeLog(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void beforeTheFirstRoundOfChecksItSaysItIsWaiting() {
    StatusPresenter presenter = presenter(new ChangeLog(10));
    api.health(new HealthReport(Optional.empty(), List.of()));

    presenter.refresh();

    assertThat(presenter.lastRoundProperty().get())
        .isEqualTo("Waiting for the first round of checks…");
    assertThat(presenter.log().entries()).hasSize(1);
  }
}
