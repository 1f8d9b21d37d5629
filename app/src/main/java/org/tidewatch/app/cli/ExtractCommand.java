package org.tidewatch.app.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tidewatch.nlp.StandardEnricher;
import org.tidewatch.nlp.extract.JsonlExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidewatch extract}: the NLP stage alone over a JSON-lines file (contract in DESIGN.md). */
@Command(name = "extract", description = "Find offers, prices, routes and phones in JSON-lines posts.")
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "Input {\"id\",\"text\"[,\"platform\"]} per line; - for stdin.")
    String in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output, one result per input line; - for stdout.")
    String out;

    @Override
    public Integer call() throws IOException {
        JsonlExtraction extraction = new JsonlExtraction(new StandardEnricher());
        try (BufferedReader reader = open(in); Writer writer = create(out)) {
            JsonlExtraction.Summary s = extraction.run(reader, writer);
            if (s.errors() > 0) {
                spec.commandLine().getErr().println("tidewatch: " + s.errors() + " of " + s.lines() + " lines could not be read (see their \"error\" field)");
            }
        }
        return 0;
    }

    static BufferedReader open(String in) throws IOException {
        if (in.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            // InputStreamReader replaces malformed UTF-8 instead of failing half-way through the file.
            return new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(in)), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UserFacingException("no such file: " + in);
        }
    }

    private static Writer create(String out) throws IOException {
        if (out.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush(); // stdout stays open for the JVM
                }
            };
        }
        Path p = Path.of(out);
        if (p.getParent() != null && !Files.isDirectory(p.getParent())) {
            throw new UserFacingException("no such directory for --out: " + p.getParent());
        }
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }
}
