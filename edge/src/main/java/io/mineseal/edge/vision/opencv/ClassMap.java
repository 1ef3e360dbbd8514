package io.mineseal.edge.vision.opencv;

import io.mineseal.edge.vision.Box;

/** Turns one YOLO output row into a labelled box, or null for classes we do not watch. */
enum ClassMap {
  /** Single-class body model: class 0 is a person. */
  PERSON_ONLY {
    @Override
    String label(int classId) {
      return classId == 0 ? Box.PERSON : null;
    }
  },
  /** COCO: 2 car, 3 motorcycle, 5 bus, 7 truck are vehicles; people come from the body model. */
  COCO_VEHICLES {
    @Override
    String label(int classId) {
      return classId == 2 || classId == 3 || classId == 5 || classId == 7 ? Box.VEHICLE : null;
    }
  };

  abstract String label(int classId);

  Box box(float[] row, int width, int height, int inputSize) {
    int best = -1;
    float bestScore = 0;
    for (int c = 5; c < row.length; c++) {
      if (row[c] > bestScore) {
        bestScore = row[c];
        best = c - 5;
      }
    }
    String label = best < 0 ? null : label(best);
    if (label == null) {
      return null;
    }
    // Darknet rows (OpenCV's region layer) are fractions of the frame with class scores already
    // multiplied by objectness; YOLOv5-style ONNX rows are input pixels with raw class scores
    boolean pixels = row[2] > 1.5 || row[3] > 1.5;
    double score = pixels ? row[4] * bestScore : bestScore;
    double scale = pixels ? 1.0 / inputSize : 1.0;
    double w = row[2] * scale * width;
    double h = row[3] * scale * height;
    double x = row[0] * scale * width - w / 2;
    double y = row[1] * scale * height - h / 2;
    return new Box(x, y, w, h, score, label);
  }
}
