package io.mineseal.edge.uplink;

import io.mineseal.edge.config.UplinkConfig;
import io.mineseal.edge.event.EventClass;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.lifecycle.Component;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.Outgoing;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the store over MQTT on its own thread: reconnects with backoff from the first attempt,
 * sends live events ahead of the backlog, rate-limits the backlog, and deletes a row only when the
 * broker (or, if configured, the platform) confirmed it.
 */
public final class Uplink implements Component {
  static final Logger LOG = LoggerFactory.getLogger(Uplink.class);

  /**
   * Messages sent and not yet confirmed. Draining is bound by round trips through the client's and
   * the broker's threads, not by bandwidth: 1,000 held the loopback drain to ~25k/s, 4,000 reaches
   * ~45k/s (scripts/bench-uplink). It is also the most a broker restart can make us send twice.
   */
  public static final int MAX_IN_FLIGHT = 4000;

  /** Refill the window in chunks, not one message per confirmation. */
  private static final int REFILL = MAX_IN_FLIGHT / 4;

  private static final long FLUSH_EVERY_NANOS = 50_000_000;
  private static final String NAME = "uplink";

  private final UplinkConfig config;
  private final Transport transport;
  private final EventStore store;
  private final Topics topics;
  private final LinkState link;
  private final HealthRegistry health;
  private final Backoff backoff;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private final Queue<String> confirmed = new ConcurrentLinkedQueue<>();
  private final Queue<Incoming> commands = new ConcurrentLinkedQueue<>();
  private final Queue<String> snapshots = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicBoolean lost = new AtomicBoolean();
  private volatile String lostReason;
  private final AtomicBoolean birthWanted = new AtomicBoolean();
  private final Map<EventClass, Long> liveCursor = new EnumMap<>(EventClass.class);
  private final Map<EventClass, Long> backlogCursor = new EnumMap<>(EventClass.class);
  private final Publisher publisher;
  private final CommandHandler commandHandler;
  private volatile boolean running;
  private boolean woken;
  private long cutoff;
  private long lastFlushNanos;
  private final AtomicBoolean flushQueued = new AtomicBoolean();
  private final java.util.concurrent.ExecutorService acks =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          io.mineseal.edge.lifecycle.NamedThreads.factory("mineseal-uplink-acks"));
  private RateLimiter backlogRate;
  private volatile java.util.function.Consumer<String> published = id -> {};
  private Thread thread;

  private record Incoming(String name, byte[] payload) {}

  /** Everything the uplink talks to besides the transport and the store. */
  public record Parts(
      Topics topics,
      String bootId,
      UplinkContent content,
      CommandHandler commands,
      LinkState link,
      HealthRegistry health,
      Clock clock,
      Duration healthInterval,
      boolean sendEvidence) {}

  public Uplink(UplinkConfig config, Transport transport, EventStore store, Parts parts) {
    this.config = config;
    this.transport = transport;
    this.store = store;
    this.topics = parts.topics();
    this.link = parts.link();
    this.health = parts.health();
    this.backoff =
        new Backoff(
            config.timing().reconnectMinSeconds(),
            config.timing().reconnectMaxSeconds(),
            RandomGenerator.getDefault());
    this.publisher = new Publisher(transport, parts, this::onConfirmed);
    this.commandHandler = parts.commands();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void start() {
    running = true;
    health.report(NAME, Status.DOWN, "not connected yet");
    thread = new Thread(this::loop, "mineseal-uplink");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void stop() {
    running = false;
    wakeUp();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    acks.shutdown();
    try {
      acks.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flushConfirmed();
    try {
      if (transport.isConnected()) {
        publisher.status("stopping", link.session());
        transport.disconnect(2000);
      }
    } catch (TransportException e) {
      LOG.info("Link already gone at stop: {}", e.getMessage());
    }
    transport.close();
  }

  /** Something changed (a new event, a confirmation, a command): look again now. */
  public void wakeUp() {
    lock.lock();
    try {
      woken = true;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Publishes a saved snapshot on {@code …/evidence/{id}} from the uplink's thread. */
  public void publishSnapshot(String id) {
    snapshots.add(id);
    wakeUp();
  }

  public void requestBirth() {
    birthWanted.set(true);
    wakeUp();
  }

  public int inFlight() {
    return inFlight.get();
  }

  Transport.Listener listener() {
    return new Transport.Listener() {
      @Override
      public void connectionLost(Throwable cause) {
        lostReason = cause == null ? "connection lost" : String.valueOf(cause.getMessage());
        LOG.warn("Uplink connection lost: {}", lostReason);
        lost.set(true);
        wakeUp();
      }

      @Override
      public void messageArrived(String topic, byte[] payload) {
        String name = topics.commandName(topic);
        if (name != null) {
          commands.add(new Incoming(name, payload));
          wakeUp();
        }
      }
    };
  }

  /** Told each event id the broker confirmed (on the client's thread), e.g. to time delivery. */
  public void onPublished(java.util.function.Consumer<String> listener) {
    published = listener;
  }

  private void onConfirmed(String eventId) {
    confirmed.add(eventId);
    published.accept(eventId);
    int left = inFlight.decrementAndGet();
    if (left == 0 || MAX_IN_FLIGHT - left >= REFILL) {
      wakeUp();
    }
  }

  private void loop() {
    while (running) {
      health.checkIn(NAME);
      try {
        if (lost.getAndSet(false)) {
          link.lost(lostReason);
          health.report(NAME, Status.DOWN, "connection lost: " + lostReason);
        }
        if (!transport.isConnected()) {
          if (!connect()) {
            waitMillis(backoff.nextDelayMillis());
            continue;
          }
        }
        if (confirmed.size() >= REFILL
            || inFlight.get() < REFILL
            || System.nanoTime() - lastFlushNanos > FLUSH_EVERY_NANOS) {
          lastFlushNanos = System.nanoTime();
          scheduleFlush();
        }
        handleCommands();
        for (String id = snapshots.poll(); id != null; id = snapshots.poll()) {
          publisher.snapshot(id);
        }
        if (birthWanted.getAndSet(false)) {
          publisher.birth();
        }
        publisher.healthIfDue(store, link);
        if (room() < REFILL || drain() == 0) {
          waitMillis(Math.max(5, Math.min(1000, backlogRate.waitMillis())));
        }
      } catch (TransportException e) {
        LOG.warn("Uplink send failed: {}", e.getMessage());
        lostReason = e.getMessage();
        lost.set(true);
        transport.disconnect(0);
      } catch (RuntimeException e) {
        LOG.error("Uplink loop error; continuing", e);
        waitMillis(1000);
      }
    }
  }

  private boolean connect() {
    inFlight.set(0);
    int session = link.nextSession();
    try {
      transport.connect(
          new Transport.Will(topics.status(), publisher.statusJson("offline", session)),
          listener());
    } catch (TransportException e) {
      link.failed(e.getMessage());
      health.report(NAME, Status.DOWN, "cannot reach broker: " + e.getMessage());
      LOG.debug("Connect failed", e);
      return false;
    }
    backoff.reset();
    settleConfirmed();
    publisher.status("online", session);
    transport.subscribe(topics.commands(), 1);
    publisher.birth();
    if (config.requirePlatformAck()) {
      store.resetSent();
    }
    cutoff = store.lastSeq();
    liveCursor.clear();
    backlogCursor.clear();
    backlogRate = new RateLimiter(config.backlogRatePerSecond(), System.nanoTime());
    link.up(transport.serverUri());
    health.report(NAME, Status.UP, "connected to " + transport.serverUri());
    return true;
  }

  private int drain() {
    int sent = 0;
    for (EventClass c : EventClass.values()) {
      long from = Math.max(cutoff, liveCursor.getOrDefault(c, 0L));
      sent += send(c, store.outgoing(c, from, Long.MAX_VALUE, room()), false);
    }
    for (EventClass c : EventClass.values()) {
      int granted = backlogRate.take(room(), System.nanoTime());
      if (granted == 0) {
        break;
      }
      List<Outgoing> rows = store.outgoing(c, backlogCursor.getOrDefault(c, 0L), cutoff, granted);
      sent += send(c, rows, true);
      backlogRate.giveBack(granted - rows.size());
    }
    return sent;
  }

  private int room() {
    return Math.max(0, MAX_IN_FLIGHT - inFlight.get());
  }

  private int send(EventClass c, List<Outgoing> rows, boolean historical) {
    for (Outgoing e : rows) {
      inFlight.incrementAndGet();
      publisher.event(e, historical);
      (historical ? backlogCursor : liveCursor).put(c, e.seq());
    }
    return rows.size();
  }

  /**
   * Before the outbox is read again after a reconnect, every confirmation already received is
   * applied, so that only what was still unconfirmed is sent twice.
   */
  private void settleConfirmed() {
    try {
      acks.submit(this::flushConfirmed).get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("Applying confirmations before resending failed: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Confirmed rows are deleted on their own thread, overlapping with sending. */
  private void scheduleFlush() {
    if (!confirmed.isEmpty() && flushQueued.compareAndSet(false, true)) {
      acks.execute(
          () -> {
            flushQueued.set(false);
            flushConfirmed();
          });
    }
  }

  private void flushConfirmed() {
    List<String> ids = new ArrayList<>();
    for (String id = confirmed.poll(); id != null; id = confirmed.poll()) {
      ids.add(id);
    }
    if (ids.isEmpty()) {
      return;
    }
    if (config.requirePlatformAck()) {
      store.markSent(ids);
    } else {
      store.delivered(ids);
    }
    link.published();
  }

  private void handleCommands() {
    for (Incoming in = commands.poll(); in != null; in = commands.poll()) {
      publisher.reply(in.name(), commandHandler.handle(in.name(), in.payload()));
    }
  }

  private void waitMillis(long millis) {
    lock.lock();
    try {
      if (!woken && running) {
        wake.await(millis, TimeUnit.MILLISECONDS);
      }
      woken = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }
}
