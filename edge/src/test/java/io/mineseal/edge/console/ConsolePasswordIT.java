package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.daemon.Daemon;
import io.mineseal.edge.support.Browser;
import io.mineseal.edge.support.Mosquitto;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * With LAN access on (bound to every address), a running daemon's console asks for the password
 * from the secrets file, in a real browser and from scripts, and locks an address out after
 * repeated failures; {@code /healthz} stays open on the box for {@code mineseal status}.
 */
class ConsolePasswordIT {
  private static final String PASSWORD = "mine-mouth-7-tunnel";
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String url, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> login(String base, String password) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("next=%2F&password=" + password))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString(("any:" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void the_password_is_enforced_in_the_browser_and_for_scripts_with_a_lock_out() throws Exception {
    int port = Mosquitto.freePort();
    Files.writeString(dir.resolve("console-password"), PASSWORD + "\n");
    Path file = dir.resolve("lan.yaml");
    Files.writeString(
        file,
        """
        device: {siteId: test-site, deviceId: lan-it, dataDir: data, inputProvider: none}
        uplink: {enabled: false}
        health:
          httpBind: 0.0.0.0
          httpPort: %d
          console: {passwordFile: console-password, maxLoginFailures: 2, lockoutSeconds: 600}
        """
            .formatted(port));
    Daemon daemon = Daemon.create(ConfigLoader.load(file));
    daemon.lifecycle().start();
    String base = "http://127.0.0.1:" + port;
    try (Browser browser = new Browser(dir.resolve("chromium"))) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> get(base + "/healthz", null).statusCode() == 200);
      assertThat(get(base + "/api/cameras", null).statusCode()).isEqualTo(401);
      assertThat(get(base + "/api/cameras", null).headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
      assertThat(get(base + "/api/cameras", basic(PASSWORD)).statusCode()).isEqualTo(200);

      WebDriver web = browser.driver();
      web.get(base + "/events");
      assertThat(web.getCurrentUrl()).contains("/login?next=%2Fevents");
      browser.screenshot("login");
      web.findElement(By.id("password")).sendKeys("wrong-guess");
      web.findElement(By.id("login-button")).click();
      assertThat(web.findElement(By.id("login-message")).getText())
          .isEqualTo("Wrong password; 1 try left before a lock-out.");
      browser.screenshot("login-refused");
      web.findElement(By.id("password")).sendKeys(PASSWORD);
      web.findElement(By.id("login-button")).click();
      assertThat(web.getCurrentUrl()).isEqualTo(base + "/events");
      assertThat(web.findElement(By.tagName("h1")).getText()).isEqualTo("Events");

      assertThat(login(base, "guess-1").statusCode()).isEqualTo(401);
      HttpResponse<String> locked = login(base, "guess-2");
      assertThat(locked.statusCode()).isEqualTo(429);
      assertThat(login(base, PASSWORD).statusCode())
          .as("the right password is refused while locked out")
          .isEqualTo(429);
      assertThat(get(base + "/api/cameras", basic(PASSWORD)).statusCode()).isEqualTo(401);
      web.navigate().refresh();
      assertThat(web.findElement(By.tagName("h1")).getText())
          .as("a session opened before the lock-out goes on")
          .isEqualTo("Events");
    } finally {
      daemon.lifecycle().stop();
    }
  }
}
