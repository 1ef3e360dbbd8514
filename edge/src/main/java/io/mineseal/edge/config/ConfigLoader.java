package io.mineseal.edge.config;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one YAML file into a {@link MineSealConfig}, reporting every error at once. */
public final class ConfigLoader {
  public static final Path DEFAULT_PATH = Path.of("/etc/mineseal/config.yaml");
  private static final int MAX_FILE_BYTES = 1 << 20;

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .addModule(
              new SimpleModule("as-text")
                  .addSerializer(Path.class, ToStringSerializer.instance)
                  .addSerializer(Instant.class, ToStringSerializer.instance)
                  .addSerializer(LocalTime.class, ToStringSerializer.instance)
                  .addSerializer(ZoneId.class, ToStringSerializer.instance))
          .build();

  /** The result of a successful load: the config and any warnings worth showing. */
  public record Loaded(MineSealConfig config, List<ConfigError> warnings) {}

  private ConfigLoader() {}

  public static MineSealConfig load(Path file) throws ConfigException {
    return loadWithWarnings(file).config();
  }

  public static Loaded loadWithWarnings(Path file) throws ConfigException {
    Problems problems = new Problems(file.toString());
    return loaded(file, parse(file, problems), problems);
  }

  /**
   * Checks YAML text as if it were {@code file} (relative paths from its folder), by the same rules
   * as a file: the console checks a drawn zone in place in the running config this way.
   */
  public static Loaded loadText(String text, Path file) throws ConfigException {
    Problems problems = new Problems(file.toString());
    return loaded(file, compose(text, problems), problems);
  }

  private static Loaded loaded(Path file, Node root, Problems problems) throws ConfigException {
    if (root == null) {
      throw new ConfigException(problems.errors());
    }
    Path base = file.toAbsolutePath().getParent();
    MineSealConfig config = read(new ConfigNode(root, null, "", problems), file, base);
    if (!problems.errors().isEmpty()) {
      throw new ConfigException(problems.errors());
    }
    return new Loaded(withHash(config), List.copyOf(problems.warnings()));
  }

  private static Node parse(Path file, Problems problems) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.error(null, "", null, "file is larger than 1 MiB; is this really a config?");
        return null;
      }
      var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
      String text = decoder.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      return compose(text, problems);
    } catch (NoSuchFileException e) {
      problems.error(null, "", null, "file does not exist");
    } catch (CharacterCodingException e) {
      problems.error(null, "", null, "file is not valid UTF-8 text");
    } catch (IOException e) {
      problems.error(null, "", null, "cannot be read: " + e.getMessage());
    }
    return null;
  }

  private static Node compose(String text, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(10);
    try (Reader reader = new java.io.StringReader(text)) {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        problems.error(null, "", null, "file is empty; see config/ for examples");
      }
      return root;
    } catch (MarkedYAMLException e) {
      String what = e.getProblem() == null ? "" : ": " + e.getProblem();
      problems.error(e.getProblemMark(), "", null, "not valid YAML" + what);
    } catch (YAMLException | IOException e) {
      problems.error(null, "", null, "cannot be read: " + e.getMessage());
    }
    return null;
  }

  private static MineSealConfig read(ConfigNode root, Path file, Path base) {
    root.allow(
        Set.of(
            "device",
            "uplink",
            "cameras",
            "inputs",
            "outputs",
            "policy",
            "retention",
            "health",
            "detector",
            "simulation"));
    Secrets files = new Secrets(base);
    if (!root.get("device").present()) {
      root.get("device").error("is required: siteId and deviceId at least");
    }
    MineSealConfig config =
        new MineSealConfig(
            file,
            "",
            DeviceConfig.read(root.get("device"), base),
            UplinkConfig.read(root.get("uplink"), files),
            root.list("cameras", n -> CameraConfig.read(n, base)),
            root.list("inputs", InputConfig::read),
            root.list("outputs", OutputConfig::read),
            PolicyConfig.read(root.get("policy")),
            RetentionConfig.read(root.get("retention")),
            HealthConfig.read(root.get("health"), files),
            DetectorConfig.read(root.get("detector"), files),
            SimulationConfig.read(root.get("simulation")));
    new CrossChecks(root).check(config);
    return config;
  }

  private static MineSealConfig withHash(MineSealConfig c) {
    try {
      byte[] canonical = CANONICAL.writeValueAsBytes(c.withHash(Path.of(""), ""));
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical);
      return c.withHash(c.file(), HexFormat.of().formatHex(digest));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot hash configuration", e);
    }
  }
}
