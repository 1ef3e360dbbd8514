package io.mineseal.edge.uplink;

/** The MQTT connection, seen from the uplink; Paho lives behind it in {@code uplink.paho}. */
public interface Transport {

  /** What the transport tells the uplink, on the transport's own threads. */
  interface Listener {
    void connectionLost(Throwable cause);

    void messageArrived(String topic, byte[] payload);
  }

  /** A retained message the broker publishes if this client vanishes. */
  record Will(String topic, byte[] payload) {}

  /**
   * Connects to the first broker of the list that answers; blocks at most the configured connect
   * timeout per broker.
   *
   * @throws TransportException when no broker could be reached or the broker refused us
   */
  void connect(Will will, Listener listener);

  boolean isConnected();

  /** The broker URI of the current connection. */
  String serverUri();

  /**
   * Publishes asynchronously; {@code onConfirmed} runs when the broker confirmed (PUBACK for QoS 1,
   * immediately after sending for QoS 0).
   */
  void publish(String topic, byte[] payload, int qos, boolean retain, Runnable onConfirmed);

  void subscribe(String topicFilter, int qos);

  /** Disconnects cleanly (no last-will), waiting at most {@code timeoutMillis}. */
  void disconnect(long timeoutMillis);

  void close();
}
