package org.tidewatch.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Listed in the help so that people find it; the launcher script runs the suite itself. */
@Command(name = "test", description = "Run the whole test suite (benchmarks excluded).")
public final class TestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserFacingException("run the test suite through the launcher: ./tidewatch test");
    }
}
