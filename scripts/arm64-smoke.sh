#!/usr/bin/env bash
# Proof on aarch64: runs the product under qemu-aarch64 user-mode emulation with Debian's arm64
# JRE and ffmpeg (an arm64 root unpacked by mmdebstrap from Debian's arm64 packages; the host's
# packages are not touched): check-config on every example config (same config hash as on this
# machine) and a replay of a 10 s cut of the bundled clip, asserting the same events as here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
work="$root/edge/target/arm64"
arm="$work/root"
mkdir -p "$work"

need=()
for p in qemu-user-static mmdebstrap; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if ((${#need[@]})); then apt-get update -q && apt-get install -y -q --no-install-recommends "${need[@]}"; fi

if [[ ! -x "$arm/usr/lib/jvm/java-17-openjdk-arm64/bin/java" ]]; then
  echo "arm64-smoke: unpacking Debian arm64 openjdk-17-jre-headless and ffmpeg into $arm"
  rm -rf "$arm"
  mmdebstrap --mode=unshare --variant=extract --arch=arm64 --include=openjdk-17-jre-headless,ffmpeg \
    bookworm "$arm" http://deb.debian.org/debian 2>&1 | grep -v -E '^W: skipping creation of ./dev' || true
  # alternatives that postinst scripts would have made (extract runs no scripts)
  ln -sf blas/libblas.so.3 "$arm/usr/lib/aarch64-linux-gnu/libblas.so.3"
  ln -sf lapack/liblapack.so.3 "$arm/usr/lib/aarch64-linux-gnu/liblapack.so.3"
fi
for b in ffmpeg ffprobe; do
  printf '#!/bin/sh\nexec qemu-aarch64-static -L %s %s/usr/bin/%s "$@"\n' "$arm" "$arm" "$b" > "$work/$b"
  chmod +x "$work/$b"
done
[[ -f edge/target/mineseal-edge.jar ]] || mvn -B -q -DskipTests -Dspotless.check.skip -Dcheckstyle.skip package
arm_java() {
  # FORK: the JVM's spawn helper is an arm64 binary the host kernel cannot exec without binfmt
  qemu-aarch64-static -L "$arm" "$arm/usr/lib/jvm/java-17-openjdk-arm64/bin/java" \
    -Djdk.lang.Process.launchMechanism=FORK -Dmineseal.ffmpeg="$work/ffmpeg" -Dmineseal.ffprobe="$work/ffprobe" \
    -Dmineseal.logLevel=WARN -jar edge/target/mineseal-edge.jar "$@"
}
echo "arm64-smoke: $(qemu-aarch64-static -L "$arm" "$arm/usr/lib/jvm/java-17-openjdk-arm64/bin/java" -version 2>&1 | head -1) under qemu-aarch64"

failures=0
for c in config/*.yaml; do
  host=$(scripts/mineseal check-config "$c" | grep 'config hash')
  emulated=$(arm_java check-config "$c" | grep 'config hash' || true)
  if [[ -n "$emulated" && "$host" == "$emulated" ]]; then
    echo "PASS check-config $c ($emulated)"
  else
    echo "FAIL check-config $c: host '$host' vs arm64 '$emulated'"; failures=$((failures + 1))
  fi
done

clip="$work/short.mp4"
ffmpeg -v error -y -t 10 -i edge/samples/people.mp4 -c:v libx264 -preset veryfast -g 20 "$clip"
scripts/mineseal replay --config config/demo.yaml --input "$clip" --events-out "$work/x86.jsonl" 2>/dev/null
arm_java replay --config config/demo.yaml --input "$clip" --events-out "$work/arm64.jsonl"
# the same events: type, time, source, occupancy and lifecycle; scores and percentages may differ
# in the last digits between the two builds' floating-point code
summary() { sed -E 's/"(confidence|percent)":[0-9.]+,?//g; s/"eventId":"[^"]*",//' "$1"; }
if [[ -s "$work/x86.jsonl" ]] && diff <(summary "$work/x86.jsonl") <(summary "$work/arm64.jsonl") >/dev/null; then
  echo "PASS replay: the same $(wc -l < "$work/x86.jsonl") events on aarch64 as on $(uname -m)"
else
  echo "FAIL replay: events differ"; diff <(summary "$work/x86.jsonl") <(summary "$work/arm64.jsonl") | head -20
  failures=$((failures + 1))
fi
echo "arm64-smoke: $failures failure(s)"
exit $(( failures > 0 ))
