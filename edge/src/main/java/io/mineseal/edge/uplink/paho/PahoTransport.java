package io.mineseal.edge.uplink.paho;

import io.mineseal.edge.config.UplinkConfig;
import io.mineseal.edge.uplink.Transport;
import io.mineseal.edge.uplink.TransportException;
import io.mineseal.edge.uplink.Uplink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/**
 * Paho MQTT v3 behind {@link Transport}. Paho's own automatic reconnect and offline buffer are off
 * and it keeps no copy of in-flight messages: the uplink's loop and the SQLite outbox own delivery.
 */
public final class PahoTransport implements Transport {
  private final UplinkConfig config;
  private final String clientId;
  private final String password;
  private final SSLSocketFactory tls;
  private final Map<IMqttDeliveryToken, Runnable> pending = new ConcurrentHashMap<>();
  private MqttAsyncClient client;

  public PahoTransport(
      UplinkConfig config, String clientId, String password, SSLSocketFactory tls) {
    this.config = config;
    this.clientId = clientId;
    this.password = password;
    this.tls = tls;
  }

  @Override
  public synchronized void connect(Will will, Listener listener) {
    try {
      close();
      pending.clear();
      client = new MqttAsyncClient(config.serverUris().get(0), clientId, new NoPersistence());
      client.setCallback(callback(listener));
      client.connect(options(will)).waitForCompletion(waitMillis());
    } catch (MqttException e) {
      throw new TransportException(describe(e), e);
    }
  }

  private long waitMillis() {
    return (config.timing().connectTimeoutSeconds() + 1L) * 1000 * config.serverUris().size();
  }

  private MqttConnectOptions options(Will will) {
    MqttConnectOptions o = new MqttConnectOptions();
    o.setServerURIs(config.serverUris().toArray(String[]::new));
    o.setAutomaticReconnect(false);
    o.setCleanSession(true);
    o.setKeepAliveInterval(config.timing().keepAliveSeconds());
    o.setConnectionTimeout(config.timing().connectTimeoutSeconds());
    // the uplink's window plus room for status, birth, replies and snapshots
    o.setMaxInflight(Uplink.MAX_IN_FLIGHT + 500);
    o.setWill(will.topic(), will.payload(), 1, true);
    if (config.username() != null) {
      o.setUserName(config.username());
    }
    if (password != null) {
      o.setPassword(password.toCharArray());
    }
    if (tls != null) {
      o.setSocketFactory(tls);
      o.setHttpsHostnameVerificationEnabled(config.tls().verifyHostname());
    } else if (config.serverUris().stream().allMatch(uri -> uri.startsWith("tcp://"))) {
      o.setSocketFactory(new BufferedSockets());
    }
    return o;
  }

  private MqttCallback callback(Listener listener) {
    return new MqttCallback() {
      @Override
      public void connectionLost(Throwable cause) {
        listener.connectionLost(cause);
      }

      @Override
      public void messageArrived(String topic, MqttMessage message) {
        listener.messageArrived(topic, message.getPayload());
      }

      @Override
      public void deliveryComplete(IMqttDeliveryToken token) {
        Runnable done = pending.remove(token);
        if (done != null) {
          done.run();
        }
      }
    };
  }

  @Override
  public synchronized boolean isConnected() {
    return client != null && client.isConnected();
  }

  @Override
  public synchronized String serverUri() {
    return client == null ? "" : client.getCurrentServerURI();
  }

  @Override
  public void publish(String topic, byte[] payload, int qos, boolean retain, Runnable onConfirmed) {
    MqttAsyncClient c;
    synchronized (this) {
      c = client;
    }
    if (c == null || !c.isConnected()) {
      throw new TransportException("not connected", null);
    }
    try {
      MqttMessage message = new MqttMessage(payload);
      message.setQos(qos);
      message.setRetained(retain);
      IMqttDeliveryToken token = c.publish(topic, message);
      if (qos == 0) {
        onConfirmed.run();
      } else {
        pending.put(token, onConfirmed);
        if (token.isComplete() && pending.remove(token) != null) {
          onConfirmed.run();
        }
      }
    } catch (MqttException e) {
      throw new TransportException("publish to " + topic + " failed: " + describe(e), e);
    }
  }

  @Override
  public void subscribe(String topicFilter, int qos) {
    try {
      client.subscribe(topicFilter, qos).waitForCompletion(waitMillis());
    } catch (MqttException e) {
      throw new TransportException("subscribe to " + topicFilter + " failed: " + describe(e), e);
    }
  }

  @Override
  public synchronized void disconnect(long timeoutMillis) {
    if (client == null) {
      return;
    }
    try {
      if (client.isConnected()) {
        client.disconnect(timeoutMillis).waitForCompletion(timeoutMillis + 1000);
      }
    } catch (MqttException e) {
      try {
        client.disconnectForcibly(0, 0);
      } catch (MqttException ignored) {
        // already gone: nothing left to close
      }
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      try {
        if (client.isConnected()) {
          client.disconnectForcibly(0, 0);
        }
        client.close(true);
      } catch (MqttException e) {
        // closing a dead client; nothing to recover
      }
      client = null;
    }
  }

  static String describe(MqttException e) {
    Throwable cause = e.getCause();
    String reason = e.getMessage() + " (code " + e.getReasonCode() + ")";
    return cause == null ? reason : reason + ": " + cause.getMessage();
  }
}
