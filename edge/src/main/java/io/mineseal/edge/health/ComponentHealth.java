package io.mineseal.edge.health;

import java.time.Instant;

/** What one component last said about itself. */
public record ComponentHealth(String component, Status status, String reason, Instant since) {}
