package io.mineseal.edge.uplink;

/** The link failed: unreachable broker, refused credentials, lost connection. */
public class TransportException extends RuntimeException {
  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
