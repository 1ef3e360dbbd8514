# Sourced by scripts/test and .ci/run: build and test with Java 17, the JDK of Raspberry Pi OS
# bookworm, even where a newer JDK is the machine's default. A JAVA_HOME that is already 17 stays.
if [[ -z "${JAVA_HOME:-}" ]] || ! grep -qs '^JAVA_VERSION="17' "$JAVA_HOME/release"; then
  for jdk in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64 /usr/lib/jvm/java-17-openjdk-armhf; do
    if [[ -x "$jdk/bin/javac" ]]; then export JAVA_HOME="$jdk"; break; fi
  done
fi
if [[ -n "${JAVA_HOME:-}" ]]; then export PATH="$JAVA_HOME/bin:$PATH"; fi
