package org.tidewatch.app.cli;

import java.util.concurrent.Callable;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.runtime.ServerRun;
import org.tidewatch.app.runtime.Tidewatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidewatch serve}: collection on schedule plus the HTTP API and web UI. */
@Command(name = "serve", description = "Collect the configured sources on schedule; serve the HTTP API.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: server.port in the config, 8080).")
    Integer port;

    @Override
    public Integer call() throws InterruptedException {
        TidewatchConfig config = global.loadConfig();
        ServerSettings settings = port == null ? config.server() : new ServerSettings(config.server().host(), checkPort(port));
        Tidewatch tw = Tidewatch.open(config, global.dataDir(), "serve");
        new ServerRun(tw, settings, () -> global.loadConfig().sources()).runUntilStopped(p ->
                System.out.println("Tidewatch is running on http://" + settings.host() + ":" + p + "/ (Ctrl-C stops it)"));
        return 0;
    }

    static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new UserFacingException("--port must be between 0 and 65535, not " + port);
        }
        return port;
    }
}
