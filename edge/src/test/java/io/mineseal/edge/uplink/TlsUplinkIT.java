package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.config.TlsConfig;
import io.mineseal.edge.event.EventType;
import io.mineseal.edge.event.Source;
import io.mineseal.edge.health.ComponentHealth;
import io.mineseal.edge.health.Status;
import io.mineseal.edge.support.Mosquitto;
import io.mineseal.edge.support.Subscriber;
import io.mineseal.edge.support.TestCertificates;
import io.mineseal.edge.support.UplinkRig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutual TLS against a mosquitto TLS listener with certificates made for the test. */
class TlsUplinkIT {
  @TempDir Path dir;
  private TestCertificates certs;
  private int tlsPort;

  @BeforeEach
  void certificates() throws Exception {
    certs = new TestCertificates(dir);
    certs.issue("ca", "server", "localhost");
    certs.issue("ca", "client", "dev-t");
    certs.issue("rogue-ca", "rogue", "dev-t");
    tlsPort = Mosquitto.freePort();
  }

  private Mosquitto broker() throws Exception {
    return Mosquitto.start(
        dir,
        Mosquitto.freePort(),
        List.of(
            "listener " + tlsPort + " 127.0.0.1",
            "cafile " + certs.file("ca.crt"),
            "certfile " + certs.file("server.crt"),
            "keyfile " + certs.file("server.key"),
            "require_certificate true",
            "tls_version tlsv1.2"));
  }

  private UplinkRig.Options tls(String client) {
    UplinkRig.Options o = new UplinkRig.Options();
    o.tls =
        new TlsConfig(
            certs.file("ca.crt"), certs.file(client + ".crt"), certs.file(client + ".key"), true);
    return o;
  }

  @Test
  void delivers_over_mutual_tls_with_hostname_verification() throws Exception {
    try (Mosquitto broker = broker();
        Subscriber platform = new Subscriber(broker.uri(), "mineseal/#");
        UplinkRig rig =
            new UplinkRig(
                dir.resolve("e.db"), List.of("ssl://localhost:" + tlsPort), tls("client"))) {
      rig.uplink.start();
      String id =
          rig.sink
              .record(rig.events.of(EventType.DOOR_OPENED, Source.input("door")).build())
              .eventId();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  platform.events().stream().anyMatch(e -> e.path("eventId").asText().equals(id)));
      assertThat(rig.health.snapshot()).extracting(ComponentHealth::status).containsOnly(Status.UP);
    }
  }

  @Test
  void a_client_certificate_from_another_ca_is_refused_and_reported() throws Exception {
    try (Mosquitto broker = broker();
        Subscriber platform = new Subscriber(broker.uri(), "mineseal/#");
        UplinkRig rig =
            new UplinkRig(
                dir.resolve("e.db"), List.of("ssl://localhost:" + tlsPort), tls("rogue"))) {
      rig.uplink.start();
      rig.sink.record(rig.events.of(EventType.DOOR_OPENED, Source.input("door")).build());
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  rig
                      .store
                      .unsent(io.mineseal.edge.event.EventClass.LIFECYCLE, 0, Long.MAX_VALUE, 10)
                      .stream()
                      .anyMatch(e -> e.type() == EventType.LINK_DOWN));
      ComponentHealth uplink = rig.health.snapshot().get(0);
      assertThat(uplink.status()).isEqualTo(Status.DOWN);
      assertThat(uplink.reason()).startsWith("cannot reach broker");
      assertThat(platform.events()).isEmpty();
      assertThat(rig.store.depth().get(io.mineseal.edge.event.EventClass.ALARM)).isEqualTo(1);
    }
  }
}
