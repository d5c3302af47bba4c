package org.musicmuseum.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellPlanTest {

  @Test
  void everyWordIsQuotedSoThatTheShellTakesItLiterally() {
    assertThat(ShellPlan.quote("it's $HOME `x`")).isEqualTo("'it'\\''s $HOME `x`'");
  }

  @Test
  void thePlanPrintsExportsUnsetsThenExecs() {
    String script =
        new ShellPlan()
            .say("dev mode: storage")
            .export(Map.of("DB_URL", "jdbc:mysql://h/museum?a=b&c=d"))
            .unset("HTTP_PORT", "DATA_DIR")
            .exec(List.of("./mvnw", "-pl", "storage-war", "liberty:dev"))
            .render();

    assertThat(script)
        .isEqualTo(
            """
            echo 'dev mode: storage'
            export DB_URL='jdbc:mysql://h/museum?a=b&c=d'
            unset HTTP_PORT DATA_DIR
            exec './mvnw' '-pl' 'storage-war' 'liberty:dev'
            """);
  }
}
