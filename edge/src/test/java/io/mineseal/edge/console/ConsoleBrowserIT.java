package io.mineseal.edge.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mineseal.edge.cli.Main;
import io.mineseal.edge.config.ConfigLoader;
import io.mineseal.edge.config.MineSealConfig;
import io.mineseal.edge.config.Point;
import io.mineseal.edge.daemon.Daemon;
import io.mineseal.edge.support.Browser;
import io.mineseal.edge.support.Mosquitto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The console in a real browser (Debian's headless Chromium) against a running daemon on the
 * bundled clip: live frames, a zone drawn by clicks into YAML that check-config accepts, new events
 * with their snapshots, health and birth. Each page is saved as a PNG screenshot.
 */
class ConsoleBrowserIT {
  private static final Path CLIP = Path.of("samples/people.mp4").toAbsolutePath();
  private static final String SHAPES =
      """
          zones:
            - id: entrance
              kind: sealed
              points: [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]
          lines:
            - id: way-in
              from: [0.0, 0.65]
              to: [0.72, 0.65]
              inSide: left
              zone: entrance
      """;
  private static final double[][] YARD = {{0.1, 0.15}, {0.45, 0.15}, {0.45, 0.55}, {0.1, 0.55}};

  @TempDir Path dir;

  /** The camera comes last, so its zones, lines and masks end the file. */
  private static String config(int port, String shapes) {
    return """
        device: {siteId: test-site, deviceId: console-it, dataDir: data, inputProvider: none}
        uplink: {enabled: false}
        policy: {confirmFrames: 3, endAfterSeconds: 2, cooldownSeconds: 0}
        health:
          httpPort: %d
          console: {refreshSeconds: 1}
        cameras:
          - id: entrance
            name: Bundled clip
            url: file://%s
            loop: true
            fps: 5
            width: 768
            height: 432
        %s"""
        .formatted(port, CLIP, shapes);
  }

  @Test
  void live_frames_a_zone_drawn_into_checked_yaml_new_events_with_snapshots_and_health()
      throws Exception {
    int port = Mosquitto.freePort();
    Path file = dir.resolve("site.yaml");
    Files.writeString(file, config(port, SHAPES));
    MineSealConfig config = ConfigLoader.load(file);
    Daemon daemon = Daemon.create(config);
    daemon.lifecycle().start();
    String base = "http://127.0.0.1:" + port;
    try (Browser browser = new Browser(dir.resolve("chromium"))) {
      WebDriver web = browser.driver();
      liveFrame(browser, base);
      String yaml = drawZone(browser, base + "/editor?camera=entrance");
      Path pasted = dir.resolve("pasted.yaml");
      Files.writeString(pasted, config(port, yaml));
      assertThat(Main.execute("check-config", pasted.toString())).isZero();
      List<Point> yard = ConfigLoader.load(pasted).camera("entrance").zone("yard").area().points();
      for (int i = 0; i < YARD.length; i++) {
        assertThat(yard.get(i).x())
            .isCloseTo(YARD[i][0], org.assertj.core.data.Offset.offset(0.02));
        assertThat(yard.get(i).y())
            .isCloseTo(YARD[i][1], org.assertj.core.data.Offset.offset(0.02));
      }
      newEventWithSnapshot(browser, base + "/events");
      web.get(base + "/health");
      assertThat(web.findElement(By.cssSelector("td.hash")).getText()).isEqualTo(config.hash());
      assertThat(web.findElement(By.id("components")).getText()).contains("camera.entrance UP");
      browser.screenshot("health");
    } finally {
      daemon.lifecycle().stop();
    }
  }

  private static void liveFrame(Browser browser, String base) {
    WebDriver web = browser.driver();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              web.get(base + "/");
              return loadedWidth(browser, web.findElement(By.cssSelector("img.live"))) == 768;
            });
    WebElement img = web.findElement(By.cssSelector("img.live"));
    String first = img.getAttribute("src");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                !img.getAttribute("src").equals(first)
                    && loadedWidth(browser, img) == 768
                    && Double.parseDouble(text(web, "[data-field='fps']")) > 0
                    && text(web, "[data-field='status']").equals("UP"));
    browser.screenshot("cameras");
  }

  /** Four clicks and Finish; returns the YAML once the console's check says OK. */
  private static String drawZone(Browser browser, String url) {
    WebDriver web = browser.driver();
    web.get(url);
    WebElement yaml = web.findElement(By.id("yaml"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> yaml.getAttribute("value").contains("way-in"));
    WebElement frame = web.findElement(By.id("editor-frame"));
    await().atMost(Duration.ofSeconds(30)).until(() -> loadedWidth(browser, frame) > 0);
    WebElement id = web.findElement(By.id("shape-id"));
    id.clear();
    id.sendKeys("yard");
    int w = frame.getRect().getWidth();
    int h = frame.getRect().getHeight();
    for (double[] p : YARD) {
      new Actions(web)
          .moveToElement(
              frame, (int) Math.round((p[0] - 0.5) * w), (int) Math.round((p[1] - 0.5) * h))
          .click()
          .perform();
    }
    web.findElement(By.id("finish-shape")).click();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> yaml.getAttribute("value").contains("- id: yard"));
    assertThat(text(web, "#check-result")).isEqualTo("check-config: OK");
    browser.screenshot("editor");
    return yaml.getAttribute("value");
  }

  /**
   * The timeline re-renders its rows every second, so rows are read in one script call: {@code
   * [seq, type, snapshot url or null]} each.
   */
  @SuppressWarnings("unchecked")
  private static List<List<Object>> rows(Browser browser) {
    return (List<List<Object>>)
        browser.script(
            "return Array.from(document.querySelectorAll('tr.event')).map(r => {"
                + " const img = r.querySelector('img.snapshot');"
                + " return [Number(r.dataset.seq), r.dataset.type, img ? img.src : null]; });");
  }

  private static void newEventWithSnapshot(Browser browser, String url) {
    WebDriver web = browser.driver();
    web.get(url);
    long before =
        rows(browser).stream().mapToLong(r -> ((Number) r.get(0)).longValue()).max().orElse(0);
    String[] snapshot = new String[1];
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              for (List<Object> row : rows(browser)) {
                if (((Number) row.get(0)).longValue() > before
                    && row.get(1).toString().startsWith("person.")
                    && row.get(2) != null) {
                  snapshot[0] = row.get(2).toString();
                  return true;
                }
              }
              return false;
            });
    browser.screenshot("events");
    web.get(snapshot[0]);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> loadedWidth(browser, web.findElement(By.tagName("img"))) == 768);
  }

  private static long loadedWidth(Browser browser, WebElement img) {
    Object w = browser.script("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
    return ((Number) w).longValue();
  }

  private static String text(WebDriver web, String css) {
    return web.findElement(By.cssSelector(css)).getText().trim();
  }
}
