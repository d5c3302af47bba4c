package org.musicmuseum.console.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Saves what a scene shows as a PNG (used for the README picture and by the tests). */
public final class Snapshot {

  private Snapshot() {}

  /**
   * Renders {@code scene} on the FX thread and writes it to {@code png}; returns the image written.
   * Call it from any thread but the FX thread.
   */
  public static BufferedImage save(Scene scene, Path png) {
    CompletableFuture<WritableImage> taken = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            taken.complete(scene.snapshot(null));
          } catch (RuntimeException e) {
            taken.completeExceptionally(e);
          }
        });
    try {
      BufferedImage image = toAwt(taken.get());
      Path dir = png.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      ImageIO.write(image, "png", png.toFile());
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + png, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while taking a snapshot", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the snapshot failed", e.getCause());
    }
  }

  private static BufferedImage toAwt(WritableImage image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    return out;
  }
}
