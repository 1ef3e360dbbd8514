package io.mineseal.edge.uplink.paho;

import java.util.Collections;
import java.util.Enumeration;
import org.eclipse.paho.client.mqttv3.MqttClientPersistence;
import org.eclipse.paho.client.mqttv3.MqttPersistable;

/** Keeps nothing: the SQLite outbox is the only copy of what is not yet confirmed. */
final class NoPersistence implements MqttClientPersistence {
  @Override
  public void open(String clientId, String serverUri) {}

  @Override
  public void close() {}

  @Override
  public void put(String key, MqttPersistable persistable) {}

  @Override
  public MqttPersistable get(String key) {
    return null;
  }

  @Override
  public void remove(String key) {}

  @Override
  public Enumeration<String> keys() {
    return Collections.emptyEnumeration();
  }

  @Override
  public void clear() {}

  @Override
  public boolean containsKey(String key) {
    return false;
  }
}
