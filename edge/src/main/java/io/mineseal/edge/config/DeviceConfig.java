package io.mineseal.edge.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;

/** Who this box is and where it keeps its data. */
public record DeviceConfig(
    String siteId, String deviceId, Path dataDir, ZoneId timezone, InputProvider inputProvider) {

  /** Where input levels come from: real GPIO, a scripted timeline (demo), or nowhere. */
  public enum InputProvider {
    GPIOD,
    SIMULATED,
    NONE
  }

  static DeviceConfig read(ConfigNode n, Path base) {
    n.allow(Set.of("siteId", "deviceId", "dataDir", "timezone", "inputProvider"));
    String zone = n.string("timezone", "UTC");
    ZoneId timezone = ZoneId.of("UTC");
    try {
      timezone = ZoneId.of(zone);
    } catch (DateTimeException e) {
      n.get("timezone").error("must be a time zone id such as Asia/Shanghai or UTC");
    }
    return new DeviceConfig(
        n.id("siteId"),
        n.id("deviceId"),
        base.resolve(n.string("dataDir", "/var/lib/mineseal")).normalize(),
        timezone,
        n.enumValue("inputProvider", InputProvider.class, InputProvider.GPIOD));
  }
}
