package org.musicmuseum.stack.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildProgressTest {

  private static final String URL =
      "https://repo.maven.apache.org/maven2/io/openliberty/openliberty-runtime/26.0.0.3/"
          + "openliberty-runtime-26.0.0.3.zip";

  @TempDir Path repository;

  private static long seconds(double s) {
    return (long) (s * TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void eachModuleGetsALineWithItsTimeAndDownloadsWhenTheNextBegins() {
    BuildProgress progress = new BuildProgress(repository, 0);

    assertThat(
            progress.accept(
                "[INFO] Building Music Museum :: events 1.0.0-SNAPSHOT                    [2/12]",
                seconds(1)))
        .isEmpty();
    progress.accept("[INFO] Downloading from central: " + URL, seconds(2));
    progress.accept("[INFO] Downloaded from central: " + URL + " (352 MB at 73 MB/s)", seconds(6));
    progress.accept(
        "[INFO] Downloaded from central: https://x/y.pom (1.5 kB at 6 kB/s)", seconds(7));

    assertThat(
            progress.accept(
                "[INFO] Building Music Museum :: stack 1.0.0-SNAPSHOT                     [3/12]",
                seconds(13.5)))
        .containsExactly("  [2/12]  events                   12.5 s (2 downloads, 352.0 MB)");
  }

  @Test
  void theEndOfTheBuildClosesTheLastModuleAndTellsTheTotal() {
    BuildProgress progress = new BuildProgress(repository, 0);
    progress.accept(
        "[INFO] Building Music Museum :: load test 1.0.0-SNAPSHOT [12/12]", seconds(100));

    assertThat(progress.accept("[INFO] BUILD SUCCESS", seconds(225)))
        .containsExactly("  [12/12] load test                2 min 05 s", "built in 3 min 45 s");
    assertThat(progress.accept("[INFO] BUILD FAILURE", seconds(226)))
        .containsExactly("the build failed after 3 min 46 s");
    assertThat(progress.finish(seconds(227))).isEmpty();
  }

  @Test
  void aQuietStretchOfTenSecondsGetsALineSayingWhatRuns() {
    BuildProgress progress = new BuildProgress(repository, 0);
    progress.accept("[INFO] Building Music Museum :: events 1.0.0-SNAPSHOT [2/12]", seconds(1));
    progress.accept(
        "[INFO] --- compiler:3.13.0:compile (default-compile) @ music-events ---", seconds(2));

    assertThat(progress.beat(seconds(9))).isEmpty();
    assertThat(progress.beat(seconds(11)))
        .hasValue("  ... [2/12]  events                   10.0 s so far, compiler:compile");
    assertThat(progress.beat(seconds(15))).isEmpty();
    assertThat(progress.beat(seconds(21))).isPresent();
  }

  @Test
  void aLongDownloadShowsHowMuchOfItArrived() throws IOException {
    Path dir =
        Files.createDirectories(repository.resolve("io/openliberty/openliberty-runtime/26.0.0.3"));
    Files.write(dir.resolve("openliberty-runtime-26.0.0.3.zip.1234.tmp"), new byte[2_500_000]);
    BuildProgress progress = new BuildProgress(repository, 0);
    progress.accept("[INFO] Building Music Museum :: stack 1.0.0-SNAPSHOT [3/12]", 0);
    progress.accept("[INFO] Downloading from central: " + URL, seconds(1));

    assertThat(progress.beat(seconds(30)))
        .hasValueSatisfying(
            line ->
                assertThat(line)
                    .contains("[3/12]", "stack", "30.0 s so far")
                    .contains("downloading openliberty-runtime-26.0.0.3.zip (2.5 MB so far)"));
  }

  @Test
  void durationsAndSizesReadEasily() {
    assertThat(BuildProgress.duration(seconds(4.25))).isEqualTo("4.3 s");
    assertThat(BuildProgress.duration(seconds(241))).isEqualTo("4 min 01 s");
    assertThat(BuildProgress.megabytes(352_000_000)).isEqualTo("352.0 MB");
    assertThat(BuildProgress.shortName("Music Museum :: dashboard (web)"))
        .isEqualTo("dashboard (web)");
    assertThat(BuildProgress.shortName("Music Museum")).isEqualTo("Music Museum");
  }
}
