package io.mineseal.edge.camera;

/** Motion as telemetry: started after it lasts a moment, ended after a quiet spell. */
final class MotionState {
  private final Condition condition = new Condition(300, 3000);

  /** Returns +1 when motion starts, -1 when it ends, 0 otherwise. */
  int update(boolean motion, long nowMillis) {
    return switch (condition.update(motion, nowMillis)) {
      case RAISED -> 1;
      case CLEARED -> -1;
      case NONE -> 0;
    };
  }

  long startedAt() {
    return condition.raisedAt();
  }
}
