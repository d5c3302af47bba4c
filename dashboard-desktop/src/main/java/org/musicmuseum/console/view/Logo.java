package org.musicmuseum.console.view;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The Music Museum logo, drawn in code as the browser dashboard's SVG: a temple front whose columns
 * are the bars of a level meter, with a record in the pediment.
 */
final class Logo {

  private static final LinearGradient GOLD = vertical("#fde68a", "#f59e0b");
  private static final LinearGradient BAR = vertical("#ffffff", "#c7d2fe");

  private Logo() {}

  /** The logo, {@code size} pixels square. */
  static Node create(double size) {
    Rectangle background = new Rectangle(64, 64);
    background.setArcWidth(28);
    background.setArcHeight(28);
    background.setFill(
        new LinearGradient(
            0,
            0,
            1,
            1,
            true,
            CycleMethod.NO_CYCLE,
            new Stop(0, Color.web("#312e81")),
            new Stop(1, Color.web("#7c3aed"))));
    Polygon pediment = new Polygon(32, 7.5, 55, 21.5, 9, 21.5);
    pediment.setFill(GOLD);
    Circle record = new Circle(32, 16, 3.6, Color.web("#312e81"));
    Circle label = new Circle(32, 16, 0.9, Color.web("#fde68a"));
    Group logo =
        new Group(
            background,
            pediment,
            record,
            label,
            beam(9, 23, 46),
            bar(14.5, 38, 12),
            bar(22, 31, 19),
            bar(29.5, 28, 22),
            bar(37, 34, 16),
            bar(44.5, 41, 9),
            beam(10, 51, 44),
            beam(7, 55, 50));
    logo.setScaleX(size / 64);
    logo.setScaleY(size / 64);
    logo.setId("logo");
    return new Group(logo);
  }

  private static Rectangle bar(double x, double y, double height) {
    Rectangle bar = new Rectangle(x, y, 5, height);
    bar.setArcWidth(2.4);
    bar.setArcHeight(2.4);
    bar.setFill(BAR);
    return bar;
  }

  private static Rectangle beam(double x, double y, double width) {
    Rectangle beam = new Rectangle(x, y, width, 3);
    beam.setArcWidth(2);
    beam.setArcHeight(2);
    beam.setFill(GOLD);
    return beam;
  }

  private static LinearGradient vertical(String top, String bottom) {
    return new LinearGradient(
        0,
        0,
        0,
        1,
        true,
        CycleMethod.NO_CYCLE,
        new Stop(0, Color.web(top)),
        new Stop(1, Color.web(bottom)));
  }
}
