package io.mineseal.edge.store;

/** The store could not do what was asked (disk full, I/O error). */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
