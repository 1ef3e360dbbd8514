package io.mineseal.edge.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Bind addresses, judged from their text alone (no name lookup while reading a config). */
final class Addresses {
  private static final String IPV4 = "(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})";

  private Addresses() {}

  static boolean isLiteral(String text) {
    return text.matches(IPV4) || (text.contains(":") && text.matches("[0-9A-Fa-f:.]+"));
  }

  static boolean isLoopback(String text) {
    if (text.equals("localhost")) {
      return true;
    }
    if (!isLiteral(text)) {
      return false;
    }
    try {
      // a literal is parsed, never looked up
      return InetAddress.getByName(text).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
