package io.mineseal.edge.uplink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void grows_exponentially_with_jitter_up_to_the_ceiling_and_resets() {
    Backoff b = new Backoff(1, 120, new SplittableRandom(1));
    long max = 0;
    for (int i = 0; i < 12; i++) {
      long d = b.nextDelayMillis();
      assertThat(d).isBetween(1000L, Math.min(120_000L, 1000L << i));
      max = Math.max(max, d);
    }
    assertThat(max).as("reaches well beyond the minimum").isGreaterThan(30_000L);
    b.reset();
    assertThat(b.nextDelayMillis()).isEqualTo(1000L);
  }

  @Test
  void jitter_spreads_the_attempts_of_many_boxes() {
    RandomGenerator r = new SplittableRandom(2);
    long a = new Backoff(1, 120, r).nextDelayMillis();
    Backoff b = new Backoff(1, 120, r);
    b.nextDelayMillis();
    b.nextDelayMillis();
    b.nextDelayMillis();
    assertThat(a).isEqualTo(1000L);
    assertThat(b.nextDelayMillis()).isNotEqualTo(8000L);
  }

  @Test
  void topics_follow_the_wire_contract() {
    Topics t = Topics.of("site", "dev");
    assertThat(t.event()).isEqualTo("mineseal/v1/site/dev/event");
    assertThat(t.reply("ping")).isEqualTo("mineseal/v1/site/dev/cmd/ping/reply");
    assertThat(t.commandName("mineseal/v1/site/dev/cmd/arm")).isEqualTo("arm");
    assertThat(t.commandName("mineseal/v1/site/dev/cmd/arm/reply")).isNull();
    assertThat(t.commandName("mineseal/v1/site/other/cmd/arm")).isNull();
  }
}
