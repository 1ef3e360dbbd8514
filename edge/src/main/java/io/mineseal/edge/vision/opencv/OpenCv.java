package io.mineseal.edge.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opencv.core.Core;

/**
 * Loads the OpenCV native library once. An installed box unpacks it at install time and names the
 * folder with {@code -Dmineseal.opencvDir}, so SD cards are not written at every start; otherwise
 * the copy inside the jar is unpacked to a temporary folder.
 */
public final class OpenCv {
  private static boolean loaded;

  private OpenCv() {}

  public static synchronized void load() {
    if (loaded) {
      return;
    }
    String dir = System.getProperty("mineseal.opencvDir");
    Path lib = dir == null ? null : Path.of(dir, System.mapLibraryName(Core.NATIVE_LIBRARY_NAME));
    if (lib != null && Files.isReadable(lib)) {
      System.load(lib.toAbsolutePath().toString());
    } else {
      nu.pattern.OpenCV.loadLocally();
    }
    loaded = true;
  }
}
