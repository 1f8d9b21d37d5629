package org.tidewatch.app.cli;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.tidewatch.app.config.ServerSettings;
import org.tidewatch.app.config.TidewatchConfig;
import org.tidewatch.app.demo.DemoSources;
import org.tidewatch.app.demo.SampleSite;
import org.tidewatch.app.runtime.ServerRun;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.DemoUsers;
import org.tidewatch.app.security.Role;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tidewatch demo}: bundled sample sources on localhost, the whole pipeline on them, and the server. */
@Command(name = "demo", description = "Run sample sources, the whole pipeline and the server locally.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default 8080).")
    int port;

    @Override
    public Integer call() throws Exception {
        TidewatchConfig base = Files.exists(global.configFile()) ? global.loadConfig() : TidewatchConfig.defaults(global.configFile());
        try (SampleSite site = SampleSite.start(Clock.systemUTC())) {
            TidewatchConfig config = base.withSources(DemoSources.pointedAt(site.baseUrl()));
            ServerSettings settings = new ServerSettings(base.server().host(), ServeCommand.checkPort(port));
            Tidewatch tw = Tidewatch.open(config, global.dataDir(), "demo");
            List<DemoUsers.DemoUser> demoUsers = DemoUsers.ensure(tw.users());
            String token = tw.users().issueToken(demoUsers.stream()
                    .filter(u -> u.role() == Role.INVESTIGATOR).findFirst().orElseThrow().name()).value();
            new ServerRun(tw, settings, () -> DemoSources.pointedAt(site.baseUrl()))
                    .awaitFirstCollection(Duration.ofSeconds(60))
                    .runUntilStopped(p -> {
                String url = "http://localhost:" + p;
                System.out.println("Tidewatch demo is running: " + url + "/");
                System.out.println("  sample sources (Telegram channel, classifieds, forum RSS, Mastodon) at " + site.baseUrl());
                System.out.println("  log in at " + url + "/ as one of the demo users (user / password):");
                demoUsers.forEach(u -> System.out.println("    " + u.describe()));
                System.out.println("  or call the API with the demo investigator's new token:");
                System.out.println("    curl -H 'Authorization: Bearer " + token + "' '" + url + "/api/search?q=lampedusa'");
                System.out.println("    curl -H 'Authorization: Bearer " + token + "' '" + url + "/api/search?q=phone:%2B218912345678'");
                System.out.println("  Ctrl-C stops it; the data stays in " + global.dataDir() + " (re-running adds no duplicates).");
            });
        }
        return 0;
    }
}
