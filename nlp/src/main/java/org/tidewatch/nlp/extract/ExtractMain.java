package org.tidewatch.nlp.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tidewatch.nlp.StandardEnricher;

/** Runs the extract contract without the app module: {@code ExtractMain IN.jsonl OUT.jsonl} (used while tuning). */
public final class ExtractMain {
    private ExtractMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ExtractMain IN.jsonl OUT.jsonl");
            System.exit(2);
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            JsonlExtraction.Summary s = new JsonlExtraction(new StandardEnricher()).run(in, out);
            System.err.println(s.lines() + " lines, " + s.errors() + " errors");
        }
    }
}
