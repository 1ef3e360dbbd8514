package io.mineseal.edge.lifecycle.systemd;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import io.mineseal.edge.lifecycle.Notifier;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code sd_notify} protocol written directly: one datagram on the Unix socket named by {@code
 * NOTIFY_SOCKET}, through libc via JNA (Java 17's DatagramChannel has no Unix-domain datagrams).
 * Replaces a fork of {@code systemd-notify} per keep-alive. Abstract socket names ({@code @...})
 * and paths both work.
 */
public final class SystemdNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(SystemdNotifier.class);
  private static final int AF_UNIX = 1;
  private static final int SOCK_DGRAM = 2;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final int MSG_NOSIGNAL = 0x4000;
  private static final int SUN_PATH_BYTES = 108;

  /** The few libc calls needed. */
  interface LibC extends Library {
    int socket(int domain, int type, int protocol) throws LastErrorException;

    NativeLong sendto(int fd, byte[] buf, NativeLong len, int flags, byte[] addr, int addrLen)
        throws LastErrorException;

    int close(int fd) throws LastErrorException;
  }

  private final LibC libc;
  private final byte[] address;
  private final String socketName;
  private int fd = -1;
  private boolean warned;

  private SystemdNotifier(LibC libc, String socketName) {
    this.libc = libc;
    this.socketName = socketName;
    this.address = sockaddr(socketName);
  }

  /** A notifier for {@code NOTIFY_SOCKET}, or {@link Notifier#NONE} when it is not set. */
  public static Notifier fromEnvironment() {
    return forSocket(System.getenv("NOTIFY_SOCKET"));
  }

  /** A notifier for the given socket name ({@code /run/...} or {@code @abstract}). */
  public static Notifier forSocket(String socketName) {
    if (socketName == null || socketName.isEmpty()) {
      return NONE;
    }
    if (socketName.length() >= SUN_PATH_BYTES) {
      LOG.warn("NOTIFY_SOCKET is too long for a Unix socket address; systemd is not told");
      return NONE;
    }
    return forSocket(socketName, () -> Native.load("c", LibC.class));
  }

  /** With the libc binding from {@code libc}; when it cannot load, systemd-notify is forked. */
  static Notifier forSocket(String socketName, Supplier<LibC> libc) {
    try {
      return new SystemdNotifier(libc.get(), socketName);
    } catch (LinkageError | RuntimeException e) {
      LOG.error(
          "No native access for sd_notify ({}); forking systemd-notify per message instead",
          e.toString());
      return new ForkNotifier(socketName);
    }
  }

  @Override
  public boolean active() {
    return true;
  }

  @Override
  public synchronized void notify(String... assignments) {
    byte[] message = String.join("\n", assignments).getBytes(StandardCharsets.UTF_8);
    try {
      if (fd < 0) {
        fd = libc.socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
      }
      libc.sendto(
          fd, message, new NativeLong(message.length), MSG_NOSIGNAL, address, address.length);
      warned = false;
    } catch (LastErrorException e) {
      if (!warned) {
        LOG.warn("Cannot notify systemd on {}: errno {}", socketName, e.getErrorCode());
        warned = true;
      }
    }
  }

  /** {@code struct sockaddr_un}: the family, then the path (abstract names start with a NUL). */
  static byte[] sockaddr(String socketName) {
    boolean isAbstract = socketName.startsWith("@");
    byte[] path =
        (isAbstract ? "\0" + socketName.substring(1) : socketName).getBytes(StandardCharsets.UTF_8);
    // a path's terminating NUL is counted; an abstract name's length is exact
    int length = 2 + path.length + (isAbstract ? 0 : 1);
    ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.nativeOrder());
    b.putShort((short) AF_UNIX).put(path);
    return b.array();
  }

  @Override
  public synchronized void close() {
    if (fd >= 0) {
      try {
        libc.close(fd);
      } catch (LastErrorException e) {
        LOG.debug("close of the notify socket failed: errno {}", e.getErrorCode());
      }
      fd = -1;
    }
  }
}
