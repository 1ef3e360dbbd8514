package io.mineseal.edge.event;

/** Where every part of the daemon hands its events: committed first, then delivered. */
public interface EventSink {
  /** Commits the event and returns it with its sequence number. */
  Event record(Event draft);
}
