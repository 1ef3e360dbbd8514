package io.mineseal.edge.uplink;

import java.util.Map;

/** Executes a command that arrived on {@code …/cmd/{name}} and returns the reply body. */
public interface CommandHandler {
  Map<String, Object> handle(String name, byte[] payload);
}
