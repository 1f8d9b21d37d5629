package org.tidewatch.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.tidewatch.core.config.ConfigException;
import org.tidewatch.core.config.ConfigNode;

/** Reads a YAML configuration file into a {@link ConfigNode}; syntax errors name the file and the line. */
public final class ConfigLoader {
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Parses the file; throws ConfigException with file, line and problem when it is missing or not valid YAML. */
    public ConfigNode load(Path file) {
        String name = file.toString();
        try {
            return parse(name, Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(name + ": no such configuration file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(name + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses YAML text; {@code name} is used in error messages. */
    @SuppressWarnings("unchecked")
    public ConfigNode parse(String name, String text) {
        try {
            if (text.isBlank()) {
                return new ConfigNode(name, "", Map.of());
            }
            Object root = yaml.readValue(text, Object.class);
            if (root == null) {
                return new ConfigNode(name, "", Map.of());
            }
            if (!(root instanceof Map)) {
                throw new ConfigException(name + ": the top level must be a mapping of keys to values");
            }
            return new ConfigNode(name, "", (Map<String, Object>) root);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            String msg = e.getOriginalMessage() == null ? "" : problem(e.getOriginalMessage());
            throw new ConfigException(name + (line > 0 ? ":" + line : "") + ": not valid YAML: " + msg);
        }
    }

    /** SnakeYAML's message without its location and source-excerpt lines, on one line. */
    private static String problem(String message) {
        return String.join("; ", message.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("in '") && !l.startsWith("^") && !l.startsWith("at [Source"))
                .filter(l -> l.startsWith("while") || l.startsWith("expected") || l.startsWith("found") || l.startsWith("mapping")
                        || l.startsWith("could not") || l.startsWith("did not") || l.contains(" but "))
                .toList());
    }
}
