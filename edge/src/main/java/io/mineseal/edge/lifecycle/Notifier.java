package io.mineseal.edge.lifecycle;

/**
 * Tells the service manager how the daemon is doing, in the {@code sd_notify} protocol's terms:
 * {@code READY=1}, {@code STOPPING=1}, {@code WATCHDOG=1}, {@code STATUS=...}.
 */
public interface Notifier extends AutoCloseable {
  /** Not run by systemd (no {@code NOTIFY_SOCKET}): nothing to tell. */
  Notifier NONE =
      new Notifier() {
        @Override
        public boolean active() {
          return false;
        }

        @Override
        public void notify(String... assignments) {}

        @Override
        public void close() {}
      };

  /** Whether a service manager listens. */
  boolean active();

  /** Sends the assignments as one message; a failure is logged, never thrown. */
  void notify(String... assignments);

  @Override
  void close();
}
