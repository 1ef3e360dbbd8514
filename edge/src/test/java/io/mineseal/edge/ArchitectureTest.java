package io.mineseal.edge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package tree as the README describes it, checked on the compiled product: each library lives
 * in its adapter package, the core reaches adapters only through the assembly, and no two packages
 * depend on each other in a circle.
 */
class ArchitectureTest {
  private static final String ROOT = "io.mineseal.edge";

  /** Where the daemon and the CLI put the parts together; they may name adapters. */
  private static final String[] ASSEMBLY = {
    ROOT + ".daemon..", ROOT + ".cli..", ROOT + ".replay.."
  };

  /** Sub-packages that wrap a library or an external program behind a port of the core. */
  private static final String[] ADAPTERS = {
    "..hardware.pi4j..",
    "..vision.opencv..",
    "..evidence.opencv..",
    "..evidence.ffmpeg..",
    "..camera.ffmpeg..",
    "..uplink.paho..",
    "..store.sqlite..",
    "..console.jetty..",
    "..lifecycle.systemd.."
  };

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  static Stream<Arguments> libraries() {
    return Stream.of(
        Arguments.of("Pi4J", new String[] {"com.pi4j.."}, new String[] {"..hardware.pi4j.."}),
        Arguments.of(
            "OpenCV",
            new String[] {"org.opencv..", "nu.pattern.."},
            new String[] {"..vision.opencv..", "..evidence.opencv.."}),
        // the CLI's `watch` is a platform-side subscriber, not part of the daemon
        Arguments.of(
            "Paho",
            new String[] {"org.eclipse.paho.."},
            new String[] {"..uplink.paho..", "..cli.."}),
        Arguments.of(
            "JDBC", new String[] {"java.sql..", "org.sqlite.."}, new String[] {"..store.sqlite.."}),
        Arguments.of(
            "the HTTP server",
            new String[] {"org.eclipse.jetty..", "com.sun.net.httpserver.."},
            new String[] {"..console.jetty.."}),
        Arguments.of("JNA", new String[] {"com.sun.jna.."}, new String[] {"..lifecycle.systemd.."}),
        Arguments.of("Prometheus", new String[] {"io.prometheus.."}, new String[] {"..health.."}),
        Arguments.of(
            "the template engine",
            new String[] {"com.github.mustachejava.."},
            new String[] {"..console.."}));
  }

  @ParameterizedTest(name = "{0} is used only in its adapter package")
  @MethodSource("libraries")
  void each_library_is_used_only_in_its_adapter_package(
      String library, String[] packages, String[] allowedIn) {
    ArchRule rule =
        noClasses()
            .that()
            .resideOutsideOfPackages(allowedIn)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(packages)
            .because(library + " lives behind a port, in " + String.join(", ", allowedIn));
    rule.check(PRODUCT);
  }

  @Test
  void top_level_packages_are_free_of_cycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PRODUCT);
  }

  @Test
  void the_core_reaches_adapters_only_through_the_assembly() {
    noClasses()
        .that()
        .resideOutsideOfPackages(concat(ASSEMBLY, ADAPTERS))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS)
        .because("core code is written against ports; the daemon and the CLI pick the adapters")
        .check(PRODUCT);
  }

  @Test
  void adapters_and_the_core_never_depend_on_the_assembly() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "..")
        .and()
        .resideOutsideOfPackages(ASSEMBLY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ASSEMBLY)
        .check(PRODUCT);
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
