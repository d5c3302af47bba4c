package org.musicmuseum.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/**
 * The two operator views over one running stack (every service and two dashboard servers, short
 * intervals): the browser dashboard in a real headless Chromium, the JavaFX console on Monocle's
 * headless screen, and the live updates both follow. One stack for both saves a stack start; each
 * group checks what it sees against the services, never against the other group's numbers.
 */
class ViewsSystemIT {

  private static DashboardStack views;

  @BeforeAll
  static void start() throws Exception {
    views = DashboardStack.start();
  }

  @AfterAll
  static void stop() {
    if (views != null) {
      views.close();
    }
  }

  @Nested
  class Browser extends DashboardChecks {
    Browser() {
      super(views);
    }
  }

  @Nested
  class BrowserPipeline extends DashboardPipelineChecks {
    BrowserPipeline() {
      super(views);
    }
  }

  @Nested
  class LiveUpdates extends LiveUpdateChecks {
    LiveUpdates() {
      super(views);
    }
  }

  @Nested
  class DesktopConsole extends ConsoleChecks {
    DesktopConsole() {
      super(views.museum, views.poster, views.screenshots());
    }
  }
}
