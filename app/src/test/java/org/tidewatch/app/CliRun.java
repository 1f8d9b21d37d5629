package org.tidewatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the tidewatch command line in-process and captures what it printed. */
public record CliRun(int code, String out, String err) {
    public static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs the command with {@code --config CONFIG --data DATA} appended. */
    public static CliRun withFiles(java.nio.file.Path config, java.nio.file.Path data, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 4);
        all[args.length] = "--config";
        all[args.length + 1] = config.toString();
        all[args.length + 2] = "--data";
        all[args.length + 3] = data.toString();
        return run(all);
    }
}
