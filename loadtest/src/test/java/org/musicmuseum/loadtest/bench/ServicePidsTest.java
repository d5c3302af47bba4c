package org.musicmuseum.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicmuseum.stack.StackLayout;

class ServicePidsTest {

  @TempDir Path home;

  @Test
  void whileTheStackStartsThePidsComeFromLibertysPidFilesAndAfterTheReleaseNone() throws Exception {
    StackLayout layout = StackLayout.of(home, home);
    Path pidFile = layout.libertyUserDir("receiver").resolve("output/.pid/receiver.pid");
    Files.createDirectories(pidFile.getParent());
    Files.writeString(pidFile, "4242\n");
    ServicePids pids = new ServicePids(layout);

    assertThat(pids.pid("receiver")).isEqualTo(OptionalLong.of(4242));
    assertThat(pids.pid("storage")).isEmpty();
    Files.writeString(pidFile, "");
    assertThat(pids.pid("receiver")).isEmpty(); // being written
    Files.writeString(pidFile, "4242");
    pids.release();
    assertThat(pids.pid("receiver")).isEmpty();
  }
}
