package io.mineseal.edge.uplink;

/** Topic names of wire contract v1: {@code mineseal/v1/{siteId}/{deviceId}/...}. */
public record Topics(String prefix) {

  public static Topics of(String siteId, String deviceId) {
    return new Topics("mineseal/v1/" + siteId + "/" + deviceId);
  }

  public String status() {
    return prefix + "/status";
  }

  public String birth() {
    return prefix + "/birth";
  }

  public String event() {
    return prefix + "/event";
  }

  public String health() {
    return prefix + "/health";
  }

  public String evidence(String eventId) {
    return prefix + "/evidence/" + eventId;
  }

  public String commands() {
    return prefix + "/cmd/+";
  }

  public String reply(String command) {
    return prefix + "/cmd/" + command + "/reply";
  }

  /** The command name of a {@code …/cmd/{name}} topic, or null if the topic is not one. */
  public String commandName(String topic) {
    String head = prefix + "/cmd/";
    if (!topic.startsWith(head)) {
      return null;
    }
    String name = topic.substring(head.length());
    return name.isEmpty() || name.contains("/") ? null : name;
  }
}
