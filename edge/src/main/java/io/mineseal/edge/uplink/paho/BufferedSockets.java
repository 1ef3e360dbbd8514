package io.mineseal.edge.uplink.paho;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain TCP sockets whose input is buffered. Paho reads every packet header a byte at a time
 * straight from the socket, so each PUBACK cost three read calls; buffered, one read serves many.
 */
final class BufferedSockets extends SocketFactory {
  private static final int BUFFER_BYTES = 8192;

  @Override
  public Socket createSocket() {
    return new Socket() {
      private InputStream in;

      @Override
      public synchronized InputStream getInputStream() throws IOException {
        if (in == null) {
          in = new BufferedInputStream(super.getInputStream(), BUFFER_BYTES);
        }
        return in;
      }
    };
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress local, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(host, port), new InetSocketAddress(local, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(host, port), new InetSocketAddress(local, localPort));
  }

  private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
    Socket socket = createSocket();
    if (local != null) {
      socket.bind(local);
    }
    socket.connect(remote);
    return socket;
  }
}
