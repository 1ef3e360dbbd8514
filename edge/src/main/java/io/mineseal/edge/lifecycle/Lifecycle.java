package io.mineseal.edge.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts components in order and stops them in reverse, exactly once. */
public final class Lifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

  private final List<Component> components;
  private final Deque<Component> started = new ArrayDeque<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);

  public Lifecycle(List<Component> components) {
    this.components = List.copyOf(components);
  }

  /** Starts every component; if one fails, the ones already started are stopped and it rethrows. */
  public synchronized void start() throws Exception {
    for (Component component : components) {
      LOG.info("Starting {}", component.name());
      try {
        component.start();
      } catch (Exception e) {
        LOG.error("Component {} failed to start: {}", component.name(), e.toString());
        stop();
        throw e;
      }
      started.push(component);
    }
    LOG.info("Started {} components", started.size());
  }

  /** Stops started components in reverse order. Safe to call more than once, from any thread. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    synchronized (this) {
      while (!started.isEmpty()) {
        Component component = started.pop();
        LOG.info("Stopping {}", component.name());
        try {
          component.stop();
        } catch (RuntimeException e) {
          LOG.warn("Component {} did not stop cleanly: {}", component.name(), e.toString());
        }
      }
    }
    LOG.info("Stopped");
    done.countDown();
  }

  /** Waits until {@link #stop()} has finished, from whichever thread called it. */
  public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
    return done.await(timeout, unit);
  }

  public boolean isStopped() {
    return stopped.get();
  }

  /** Names of the components in start order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    components.forEach(c -> names.add(c.name()));
    return names;
  }

  /** Registers one shutdown hook, on a named thread, that stops everything (e.g. on SIGTERM). */
  public Thread installShutdownHook() {
    Thread hook = new Thread(this::stop, "mineseal-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
  }
}
