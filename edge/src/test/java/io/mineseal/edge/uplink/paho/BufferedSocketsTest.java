package io.mineseal.edge.uplink.paho;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class BufferedSocketsTest {

  @Test
  void readsEveryByteOfManySmallPacketsThroughOneBufferedStream() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client =
            new BufferedSockets()
                .createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort());
        Socket peer = server.accept()) {
      OutputStream out = peer.getOutputStream();
      for (int i = 0; i < 500; i++) {
        // a PUBACK: type 0x40, remaining length 2, packet id
        out.write(new byte[] {0x40, 0x02, (byte) (i >> 8), (byte) i});
      }
      out.flush();

      InputStream in = client.getInputStream();
      assertThat(in).isInstanceOf(BufferedInputStream.class).isSameAs(client.getInputStream());
      DataInputStream data = new DataInputStream(in);
      for (int i = 0; i < 500; i++) {
        assertThat(data.readByte()).isEqualTo((byte) 0x40);
        assertThat(data.readByte()).isEqualTo((byte) 0x02);
        assertThat(data.readUnsignedShort()).isEqualTo(i);
      }
    }
  }

  @Test
  void unconnectedSocketIsLeftForPahoToConnect() throws Exception {
    try (Socket socket = new BufferedSockets().createSocket()) {
      assertThat(socket.isConnected()).isFalse();
    }
  }
}
