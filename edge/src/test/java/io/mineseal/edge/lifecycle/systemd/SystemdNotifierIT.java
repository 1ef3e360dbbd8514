package io.mineseal.edge.lifecycle.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import io.mineseal.edge.lifecycle.Notifier;
import io.mineseal.edge.support.NotifySocket;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sd_notify datagrams arrive on a real Unix socket, as systemd would read them. */
class SystemdNotifierIT {
  @TempDir Path dir;

  @Test
  void messages_arrive_as_one_datagram_each_on_a_socket_path() throws Exception {
    Path socket = dir.resolve("notify");
    try (NotifySocket systemd = new NotifySocket(socket.toString());
        Notifier notifier = SystemdNotifier.forSocket(socket.toString())) {
      assertThat(notifier.active()).isTrue();
      notifier.notify("READY=1", "STATUS=watching 2 cameras");
      for (int i = 0; i < 3; i++) {
        notifier.notify("WATCHDOG=1");
      }
      notifier.notify("STOPPING=1");
      assertThat(systemd.next(10)).isEqualTo("READY=1|STATUS=watching 2 cameras");
      assertThat(systemd.next(10)).isEqualTo("WATCHDOG=1");
      assertThat(systemd.next(10)).isEqualTo("WATCHDOG=1");
      assertThat(systemd.next(10)).isEqualTo("WATCHDOG=1");
      assertThat(systemd.next(10)).isEqualTo("STOPPING=1");
    }
  }

  @Test
  void an_abstract_socket_name_is_reached_too() throws Exception {
    String name = "@mineseal-test-" + UUID.randomUUID();
    try (NotifySocket systemd = new NotifySocket(name);
        Notifier notifier = SystemdNotifier.forSocket(name)) {
      notifier.notify("READY=1");
      assertThat(systemd.next(10)).isEqualTo("READY=1");
    }
  }

  @Test
  void without_the_native_binding_it_falls_back_to_forking_systemd_notify() throws Exception {
    io.mineseal.edge.support.Tools.require("systemd-notify", "systemd");
    Path socket = dir.resolve("notify");
    try (NotifySocket systemd = new NotifySocket(socket.toString());
        Notifier notifier =
            SystemdNotifier.forSocket(
                socket.toString(),
                () -> {
                  throw new UnsatisfiedLinkError("no jnidispatch on this box");
                })) {
      assertThat(notifier).isInstanceOf(ForkNotifier.class);
      notifier.notify("READY=1");
      assertThat(systemd.next(10)).contains("READY=1");
    }
  }

  @Test
  void a_missing_socket_is_logged_not_thrown_and_no_socket_means_no_notifier() {
    Notifier gone = SystemdNotifier.forSocket(dir.resolve("nobody-listens").toString());
    gone.notify("WATCHDOG=1");
    gone.close();
    assertThat(SystemdNotifier.forSocket(null).active()).isFalse();
    assertThat(SystemdNotifier.forSocket("").active()).isFalse();
  }
}
