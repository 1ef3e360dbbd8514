# Shared by scripts/bench-*: builds the classes and the test class path once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
for jdk in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/java-17-openjdk-arm64; do
  [[ -x "$jdk/bin/java" ]] && export JAVA_HOME="$jdk" && break
done
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
mvn -B -q -o -DskipTests -Dspotless.check.skip -Dcheckstyle.skip test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -pl edge >&2 2>/dev/null \
  || mvn -B -q -DskipTests -Dspotless.check.skip -Dcheckstyle.skip test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test -pl edge >&2
classpath="edge/target/classes:edge/target/test-classes:$(cat edge/target/bench.classpath)"
bench() { "$java_bin" -XX:+UseSerialGC -Dmineseal.logLevel=WARN -cp "$classpath" "$@"; }
