package io.mineseal.edge.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An intrusion's lifecycle, with time given by the test. */
class ZoneAlarmTest {
  private final ZoneAlarm alarm = new ZoneAlarm("shaft", 500, 10_000, 60_000);

  @Test
  void opens_after_the_minimum_duration_updates_on_more_people_and_ends_after_quiet() {
    assertThat(alarm.update(1, 0)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(1, 400)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(1, 500)).isEqualTo(ZoneAlarm.Phase.NEW);
    String id = alarm.alarmId();
    assertThat(alarm.update(1, 2000)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(2, 3000)).isEqualTo(ZoneAlarm.Phase.UPDATE);
    assertThat(alarm.update(0, 5000)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(0, 12_999)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(0, 13_000)).isEqualTo(ZoneAlarm.Phase.END);
    assertThat(alarm.alarmId()).isEqualTo(id);
  }

  @Test
  void a_flicker_shorter_than_the_minimum_duration_raises_nothing() {
    assertThat(alarm.update(1, 0)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(0, 300)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.update(1, 600)).isEqualTo(ZoneAlarm.Phase.NONE);
    assertThat(alarm.open()).isFalse();
  }

  @Test
  void a_return_within_the_cooldown_reopens_the_same_alarm() {
    alarm.update(1, 0);
    alarm.update(1, 500);
    String first = alarm.alarmId();
    alarm.update(0, 20_000);
    assertThat(alarm.open()).isFalse();
    alarm.update(1, 30_000);
    assertThat(alarm.update(1, 30_500)).isEqualTo(ZoneAlarm.Phase.UPDATE);
    assertThat(alarm.alarmId()).isEqualTo(first);
  }

  @Test
  void a_return_after_the_cooldown_is_a_new_alarm() {
    alarm.update(1, 0);
    alarm.update(1, 500);
    String first = alarm.alarmId();
    alarm.update(0, 20_000);
    alarm.update(1, 100_000);
    assertThat(alarm.update(1, 100_500)).isEqualTo(ZoneAlarm.Phase.NEW);
    assertThat(alarm.alarmId()).isNotEqualTo(first);
  }
}
