#!/usr/bin/env bash
# Installs MineSeal Edge on Debian / Raspberry Pi OS bookworm (arm64 or amd64), idempotently:
#   sudo scripts/install.sh              install or upgrade (keeps /etc/mineseal and /var/lib/mineseal)
#   sudo scripts/install.sh --uninstall  remove the service and program (keeps config and data)
#   sudo scripts/install.sh --purge      also remove /etc/mineseal and /var/lib/mineseal
# Needs the built jar (edge/target/mineseal-edge.jar and edge/target/lib/); run `mvn -B package
# -DskipTests` first, or install the .deb instead (mvn -B package -Pdeb -DskipTests).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix=/opt/mineseal
etc=/etc/mineseal
data=/var/lib/mineseal
unit=/etc/systemd/system/mineseal.service

need_root() { [[ $EUID -eq 0 ]] || { echo "install.sh: run as root (sudo)" >&2; exit 1; }; }
have_systemd() { [[ -d /run/systemd/system ]]; }

uninstall() {
  need_root
  if have_systemd; then
    systemctl disable --now mineseal.service 2>/dev/null || true
  fi
  rm -f "$unit" /usr/local/bin/mineseal
  rm -rf "$prefix"
  have_systemd && systemctl daemon-reload || true
  if [[ "${1:-}" == purge ]]; then
    rm -rf "$etc" "$data"
    userdel mineseal 2>/dev/null || true
  fi
  echo "MineSeal Edge removed${1:+ (config and data purged)}."
}

case "${1:-}" in
  --uninstall) uninstall; exit 0 ;;
  --purge) uninstall purge; exit 0 ;;
  "") ;;
  *) echo "usage: install.sh [--uninstall|--purge]" >&2; exit 2 ;;
esac

need_root
[[ -f "$root/edge/target/mineseal-edge.jar" ]] || { echo "install.sh: build first: mvn -B package -DskipTests" >&2; exit 1; }

echo "== packages (openjdk-17-jre-headless, ffmpeg)"
export DEBIAN_FRONTEND=noninteractive
missing=()
for p in openjdk-17-jre-headless ffmpeg; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"; fi

echo "== user mineseal (groups gpio, video)"
id mineseal >/dev/null 2>&1 || useradd --system --home-dir "$data" --shell /usr/sbin/nologin mineseal
for g in gpio video; do getent group "$g" >/dev/null || groupadd --system "$g"; usermod -aG "$g" mineseal; done

echo "== program in $prefix"
install -d -m 755 "$prefix" "$prefix/lib" "$prefix/bin" "$prefix/native"
install -m 644 "$root/edge/target/mineseal-edge.jar" "$prefix/mineseal-edge.jar"
rm -f "$prefix"/lib/*.jar
install -m 644 "$root"/edge/target/lib/*.jar "$prefix/lib/"
install -m 755 "$root/scripts/mineseal" "$prefix/bin/mineseal"
install -m 644 "$root/README.md" "$prefix/README.md"
ln -sf "$prefix/bin/mineseal" /usr/local/bin/mineseal
# unpack the OpenCV native library once, here, not on every start (SD cards wear)
case "$(uname -m)" in
  aarch64) arch=ARMv8 ;; armv7l) arch=ARMv7 ;; x86_64) arch=x86_64 ;; *) arch="" ;;
esac
opencv_jar=$(ls "$prefix"/lib/opencv-*.jar | head -1)
if [[ -n "$arch" ]]; then
  (cd "$prefix/native" && unzip -o -j -q "$opencv_jar" "nu/pattern/opencv/linux/$arch/libopencv_java*.so")
fi

echo "== config in $etc, data in $data"
install -d -m 750 -o root -g mineseal "$etc" "$etc/secrets"
install -d -m 750 -o mineseal -g mineseal "$data"
if [[ ! -f "$etc/config.yaml" ]]; then
  install -m 640 -o root -g mineseal "$root/config/shaft-single-camera.yaml" "$etc/config.yaml"
  sed -i "s#dataDir: .*#dataDir: $data#" "$etc/config.yaml"
  echo "   wrote $etc/config.yaml from config/shaft-single-camera.yaml: edit it for this site"
fi
if [[ ! -f "$etc/secrets/command.key" ]]; then
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$etc/secrets/command.key"
  echo "   generated $etc/secrets/command.key: give it to the platform"
fi
[[ -f "$etc/secrets/mqtt-password" ]] || : > "$etc/secrets/mqtt-password"
chown root:mineseal "$etc"/secrets/*; chmod 640 "$etc"/secrets/*

echo "== check-config"
if ! runuser -u mineseal -- "$prefix/bin/mineseal" check-config "$etc/config.yaml"; then
  echo "install.sh: fix $etc/config.yaml, then: systemctl restart mineseal" >&2
  config_ok=no
fi

if have_systemd; then
  echo "== systemd unit"
  install -m 644 "$root/systemd/mineseal.service" "$unit"
  systemctl daemon-reload
  systemctl enable mineseal.service
  [[ "${config_ok:-yes}" == yes ]] && systemctl restart mineseal.service && systemctl --no-pager status mineseal.service | head -5 || true
else
  echo "== no systemd here: unit not installed (run: mineseal run --config $etc/config.yaml)"
fi
echo "MineSeal Edge installed. Status: mineseal status --config $etc/config.yaml"
