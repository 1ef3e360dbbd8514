package io.mineseal.edge.vision.opencv;

import io.mineseal.edge.config.DetectorConfig;
import io.mineseal.edge.vision.Box;
import io.mineseal.edge.vision.Detector;
import io.mineseal.edge.vision.Frame;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfFloat;
import org.opencv.core.MatOfInt;
import org.opencv.core.MatOfRect2d;
import org.opencv.core.Rect2d;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * YOLO-style detector on OpenCV DNN: Darknet (cfg + weights) or ONNX. Output rows are {@code [cx,
 * cy, w, h, objectness, class scores...]}; classes map to "person" or "vehicle" by {@link
 * ClassMap}.
 */
public final class DnnDetector implements Detector {
  static {
    OpenCv.load();
  }

  private final Net net;
  private final List<String> outputs;
  private final ClassMap classes;
  private final int inputSize;
  private final float nmsThreshold;
  private final Mat pixels = new Mat();
  private final List<Mat> results = new ArrayList<>();

  private DnnDetector(Net net, ClassMap classes, int inputSize, double nmsThreshold) {
    this.net = net;
    this.outputs = net.getUnconnectedOutLayersNames();
    this.classes = classes;
    this.inputSize = inputSize;
    this.nmsThreshold = (float) nmsThreshold;
  }

  /** The person detector from config, or the bundled Yolo-Fastest 1.1 body model. */
  public static DnnDetector persons(DetectorConfig c) {
    OpenCv.load();
    Net net;
    if (c.modelFile() == null) {
      net = darknet("yolo-fastest-1.1_body");
    } else if (c.modelFile().toString().endsWith(".onnx")) {
      net = Dnn.readNetFromONNX(c.modelFile().toString());
    } else {
      net = Dnn.readNetFromDarknet(c.modelFile().toString(), c.weightsFile().toString());
    }
    return new DnnDetector(net, ClassMap.PERSON_ONLY, c.inputSize(), c.nmsThreshold());
  }

  /** The bundled 80-class Yolo-Fastest 1.1 model, keeping cars, trucks, buses and motorcycles. */
  public static DnnDetector vehicles(DetectorConfig c) {
    OpenCv.load();
    return new DnnDetector(
        darknet("yolo-fastest-1.1"), ClassMap.COCO_VEHICLES, c.inputSize(), c.nmsThreshold());
  }

  private static Net darknet(String name) {
    MatOfByte cfg = new MatOfByte(resource(name + ".cfg"));
    MatOfByte weights = new MatOfByte(resource(name + ".weights"));
    try {
      return Dnn.readNetFromDarknet(cfg, weights);
    } finally {
      cfg.release();
      weights.release();
    }
  }

  private static byte[] resource(String file) {
    try (InputStream in = DnnDetector.class.getResourceAsStream("/models/" + file)) {
      if (in == null) {
        throw new IllegalStateException("bundled model file missing: /models/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Box> detect(Frame frame, double minScore) {
    Mat image = Mats.of(frame, pixels);
    Mat blob =
        Dnn.blobFromImage(
            image, 1 / 255.0, new Size(inputSize, inputSize), new Scalar(0), true, false);
    try {
      net.setInput(blob);
      net.forward(results, outputs);
      return suppress(candidates(frame, minScore), minScore);
    } finally {
      blob.release();
      results.forEach(Mat::release);
      results.clear();
    }
  }

  private List<Box> candidates(Frame frame, double minScore) {
    List<Box> out = new ArrayList<>();
    for (Mat m : results) {
      float[] row = new float[m.cols()];
      for (int r = 0; r < m.rows(); r++) {
        m.get(r, 0, row);
        Box box = classes.box(row, frame.width(), frame.height(), inputSize);
        if (box != null && box.score() >= minScore) {
          out.add(box);
        }
      }
    }
    return out;
  }

  private List<Box> suppress(List<Box> boxes, double minScore) {
    if (boxes.size() < 2) {
      return boxes;
    }
    List<Box> kept = new ArrayList<>();
    for (String label : List.of(Box.PERSON, Box.VEHICLE)) {
      List<Box> same = boxes.stream().filter(b -> b.label().equals(label)).toList();
      if (same.isEmpty()) {
        continue;
      }
      MatOfRect2d rects =
          new MatOfRect2d(
              same.stream()
                  .map(b -> new Rect2d(b.x(), b.y(), b.w(), b.h()))
                  .toArray(Rect2d[]::new));
      float[] scores = new float[same.size()];
      for (int i = 0; i < scores.length; i++) {
        scores[i] = (float) same.get(i).score();
      }
      MatOfFloat scoreMat = new MatOfFloat(scores);
      MatOfInt keep = new MatOfInt();
      try {
        Dnn.NMSBoxes(rects, scoreMat, (float) minScore, nmsThreshold, keep);
        for (int i : keep.toArray()) {
          kept.add(same.get(i));
        }
      } finally {
        rects.release();
        scoreMat.release();
        keep.release();
      }
    }
    return kept;
  }

  @Override
  public void close() {
    pixels.release();
  }
}
