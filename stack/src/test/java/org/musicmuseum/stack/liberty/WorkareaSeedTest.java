package org.musicmuseum.stack.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkareaSeedTest {

  @TempDir Path dir;

  @Test
  void aNewInstanceGetsTheSavedWorkareaWithoutTheOldInstancesConfigurationOrLocks()
      throws IOException {
    Path old = workarea(dir.resolve("old"));
    WorkareaSeed seed = new WorkareaSeed(dir.resolve("seeds"), "receiver");

    assertThat(seed.save(old, null)).isTrue();
    Path fresh = dir.resolve("new/output/receiver/workarea");
    assertThat(seed.plant(fresh)).isTrue();

    assertThat(fresh.resolve("org.eclipse.osgi/12/bundleFile")).hasContent("bundle");
    assertThat(fresh.resolve("platform/feature.cache")).hasContent("features");
    assertThat(fresh.resolve("org.eclipse.osgi/8/data/configs.data")).doesNotExist();
    assertThat(fresh.resolve("org.eclipse.osgi/8/data/variableCacheData")).doesNotExist();
    assertThat(fresh.resolve(".sLock")).doesNotExist();
    assertThat(fresh.resolve(".sCommandAuth")).doesNotExist();
  }

  @Test
  void anInstanceThatHasAWorkareaKeepsIt() throws IOException {
    WorkareaSeed seed = new WorkareaSeed(dir.resolve("seeds"), "receiver");
    seed.save(workarea(dir.resolve("old")), null);
    Path own = Files.createDirectories(dir.resolve("own/workarea"));
    Files.writeString(own.resolve("mine"), "x");

    assertThat(seed.plant(own)).isFalse();
    assertThat(own.resolve("platform")).doesNotExist();
  }

  @Test
  void withoutASeedNothingIsPlanted() {
    WorkareaSeed seed = new WorkareaSeed(dir.resolve("seeds"), "receiver");

    assertThat(seed.plant(dir.resolve("new/workarea"))).isFalse();
    assertThat(dir.resolve("new/workarea")).doesNotExist();
  }

  @Test
  void aSeedIsReplacedOnlyWhenTheWarIsNewerThanIt() throws IOException {
    WorkareaSeed seed = new WorkareaSeed(dir.resolve("seeds"), "storage");
    Path war = Files.writeString(dir.resolve("storage.war"), "war");
    Files.setLastModifiedTime(war, FileTime.from(Instant.now().minusSeconds(60)));
    assertThat(seed.save(workarea(dir.resolve("first")), war)).isTrue();

    Path second = workarea(dir.resolve("second"));
    Files.writeString(second.resolve("platform/feature.cache"), "second");
    assertThat(seed.save(second, war)).as("the seed is newer than the WAR").isFalse();

    Files.setLastModifiedTime(war, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(seed.isFresh(war)).isFalse();
    assertThat(seed.save(second, war)).isTrue();
    assertThat(dir.resolve("seeds/storage/platform/feature.cache")).hasContent("second");
    try (var left = Files.list(dir.resolve("seeds"))) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("storage");
    }
  }

  private static Path workarea(Path instance) throws IOException {
    Path workarea = instance.resolve("output/receiver/workarea");
    Files.createDirectories(workarea.resolve("org.eclipse.osgi/12"));
    Files.createDirectories(workarea.resolve("org.eclipse.osgi/8/data"));
    Files.createDirectories(workarea.resolve("platform"));
    Files.createDirectories(workarea.resolve(".sCommandAuth"));
    Files.writeString(workarea.resolve(".sCommandAuth/token"), "secret");
    Files.writeString(workarea.resolve(".sLock"), "");
    Files.writeString(workarea.resolve("org.eclipse.osgi/12/bundleFile"), "bundle");
    Files.writeString(workarea.resolve("org.eclipse.osgi/8/data/configs.data"), "port 8080");
    Files.writeString(workarea.resolve("org.eclipse.osgi/8/data/variableCacheData"), "vars");
    Files.writeString(workarea.resolve("platform/feature.cache"), "features");
    return workarea;
  }
}
