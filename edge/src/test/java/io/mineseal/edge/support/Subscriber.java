package io.mineseal.edge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** The platform's side in tests: subscribes, reconnects when asked, and keeps what arrived. */
public final class Subscriber implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One received message. */
  public record Message(String topic, byte[] payload, boolean retained, long nanos) {
    public String text() {
      return new String(payload, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(payload);
      } catch (IOException e) {
        throw new AssertionError("not JSON on " + topic + ": " + text(), e);
      }
    }
  }

  private final MqttClient client;
  private final String filter;
  private final List<Message> messages = new ArrayList<>();

  public Subscriber(String serverUri, String filter) throws MqttException {
    this.client = new MqttClient(serverUri, "sub-" + UUID.randomUUID(), new MemoryPersistence());
    this.filter = filter;
    connect();
  }

  public void connect() throws MqttException {
    MqttConnectOptions o = new MqttConnectOptions();
    o.setCleanSession(false);
    o.setMaxInflight(1000);
    client.connect(o);
    client.subscribe(
        filter,
        1,
        (topic, m) -> {
          synchronized (messages) {
            messages.add(new Message(topic, m.getPayload(), m.isRetained(), System.nanoTime()));
          }
        });
  }

  /** Reconnects after its broker was restarted. */
  public boolean tryReconnect() {
    try {
      if (!client.isConnected()) {
        connect();
      }
      return true;
    } catch (MqttException e) {
      return false;
    }
  }

  public void publish(String topic, byte[] payload) throws MqttException {
    MqttMessage m = new MqttMessage(payload);
    m.setQos(1);
    client.publish(topic, m);
  }

  /** Forgets what arrived so far. */
  public void clear() {
    synchronized (messages) {
      messages.clear();
    }
  }

  public List<Message> messages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  public List<Message> on(String topicSuffix) {
    List<Message> out = new ArrayList<>();
    for (Message m : messages()) {
      if (m.topic().endsWith(topicSuffix)) {
        out.add(m);
      }
    }
    return out;
  }

  public List<JsonNode> events() {
    return on("/event").stream().map(Message::json).toList();
  }

  @Override
  public void close() {
    try {
      if (client.isConnected()) {
        client.disconnect();
      }
      client.close();
    } catch (MqttException e) {
      // the broker is already gone
    }
  }
}
