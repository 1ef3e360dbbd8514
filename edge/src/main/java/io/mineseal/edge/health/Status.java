package io.mineseal.edge.health;

/** A component's health, worst last. */
public enum Status {
  UP,
  DEGRADED,
  DOWN
}
