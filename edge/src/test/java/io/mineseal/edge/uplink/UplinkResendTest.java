package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.mineseal.edge.config.UplinkConfig;
import io.mineseal.edge.event.EventJson;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.health.HealthRegistry;
import io.mineseal.edge.store.Capacity;
import io.mineseal.edge.store.EventStore;
import io.mineseal.edge.store.MemoryEventStore;
import io.mineseal.edge.support.Events;
import io.mineseal.edge.support.UplinkRig;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At least once, and no more than that: after a broken link only unconfirmed events go again. */
class UplinkResendTest {
  private final MemoryEventStore store = new MemoryEventStore(Capacity.UNLIMITED);
  private final Topics topics = Topics.of("site-t", "dev-t");
  private final FakeTransport transport = new FakeTransport();

  /** Holds deletes of confirmed rows, as a slow SD card would, until the test opens it. */
  private final CountDownLatch deletes = new CountDownLatch(1);

  private final EventStore slowDeletes =
      (EventStore)
          Proxy.newProxyInstance(
              EventStore.class.getClassLoader(),
              new Class<?>[] {EventStore.class},
              (proxy, method, args) -> {
                if (method.getName().equals("delivered")) {
                  deletes.await(10, TimeUnit.SECONDS);
                }
                try {
                  return method.invoke(store, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
              });

  @Test
  void after_the_link_breaks_only_unconfirmed_events_are_sent_again_marked_historical()
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ids.add(store.append(Events.of(EventType.PERSON_ENTERED)).eventId());
    }
    Uplink uplink = uplink();
    uplink.start();
    try {
      await().atMost(Duration.ofSeconds(5)).until(() -> events(0).size() == 10);
      List<FakeTransport.Sent> first = transport.sent();
      first.stream()
          .filter(m -> m.topic().equals(topics.event()))
          .filter(m -> ids.indexOf(eventId(m)) < 6)
          .forEach(m -> m.confirm().run());
      int before = first.size();

      transport.drop();
      await().atMost(Duration.ofSeconds(5)).until(() -> transport.connects() == 2);
      // the confirmations are still being applied: nothing may be read and sent again meanwhile
      await()
          .during(Duration.ofMillis(300))
          .atMost(Duration.ofSeconds(1))
          .until(() -> events(before).isEmpty());
      deletes.countDown();

      await().atMost(Duration.ofSeconds(5)).until(() -> events(before).size() >= 4);
      List<JsonNode> again = events(before);
      assertThat(again)
          .extracting(n -> n.path("eventId").asText())
          .containsExactlyElementsOf(ids.subList(6, 10));
      assertThat(again).allMatch(n -> n.path("historical").asBoolean());
      assertThat(store.holds(ids.get(0))).isFalse();
      assertThat(store.holds(ids.get(9))).isTrue();
    } finally {
      uplink.stop();
    }
  }

  /** Our ten events among what was published from index {@code from} on. */
  private List<JsonNode> events(int from) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    List<FakeTransport.Sent> sent = transport.sent();
    for (FakeTransport.Sent m : sent.subList(Math.min(from, sent.size()), sent.size())) {
      if (m.topic().equals(topics.event())) {
        JsonNode json = EventJson.mapper().readTree(m.payload());
        if (json.path("type").asText().equals(EventType.PERSON_ENTERED.wire())) {
          out.add(json);
        }
      }
    }
    return out;
  }

  private static String eventId(FakeTransport.Sent m) {
    try {
      return EventJson.mapper().readTree(m.payload()).path("eventId").asText();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Uplink uplink() {
    UplinkRig.Options options = new UplinkRig.Options();
    options.backlogRatePerSecond = 1000;
    UplinkConfig config = UplinkRig.config(List.of("tcp://fake:1883"), options);
    Clock clock = Clock.systemUTC();
    LinkState link = new LinkState(store, draft -> store.append(draft), Events.factory());
    Uplink.Parts parts =
        new Uplink.Parts(
            topics,
            Events.factory().bootId(),
            UplinkRig.content(),
            (name, payload) -> Map.of(),
            link,
            new HealthRegistry(clock),
            clock,
            Duration.ofMinutes(10),
            false);
    return new Uplink(config, transport, slowDeletes, parts);
  }

  /** Records what is published; the test confirms messages and cuts the link. */
  static final class FakeTransport implements Transport {
    record Sent(String topic, byte[] payload, Runnable confirm) {}

    private final List<Sent> sent = new ArrayList<>();
    private volatile boolean connected;
    private volatile Listener listener;
    private final AtomicInteger connects = new AtomicInteger();

    int connects() {
      return connects.get();
    }

    synchronized List<Sent> sent() {
      return List.copyOf(sent);
    }

    void drop() {
      connected = false;
      listener.connectionLost(new IOException("cable cut"));
    }

    @Override
    public void connect(Will will, Listener listener) {
      this.listener = listener;
      connected = true;
      connects.incrementAndGet();
    }

    @Override
    public boolean isConnected() {
      return connected;
    }

    @Override
    public String serverUri() {
      return "tcp://fake:1883";
    }

    @Override
    public synchronized void publish(
        String topic, byte[] payload, int qos, boolean retain, Runnable onConfirmed) {
      if (!connected) {
        throw new TransportException("not connected", null);
      }
      sent.add(new Sent(topic, payload, onConfirmed));
    }

    @Override
    public void subscribe(String topicFilter, int qos) {}

    @Override
    public void disconnect(long timeoutMillis) {
      connected = false;
    }

    @Override
    public void close() {
      connected = false;
    }
  }
}
