package org.tidewatch.app.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The tidewatch command in a real child JVM, for tests that kill it, signal it or talk to it over HTTP. */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final StringBuilder err = new StringBuilder();

    private ChildProcess(Process process) {
        this.process = process;
        Thread.ofVirtual().start(() -> pump(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)), true));
        Thread.ofVirtual().start(() -> pump(new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)), false));
    }

    static ChildProcess start(Path workDir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.tidewatch.app.Main");
        cmd.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(cmd).directory(workDir.toFile()).start());
    }

    private void pump(BufferedReader r, boolean stdout) {
        try (r) {
            String line;
            while ((line = r.readLine()) != null) {
                if (stdout) {
                    out.add(line);
                } else {
                    synchronized (err) {
                        err.append(line).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            // the process went away
        }
    }

    /** The next stdout line that contains {@code text}, waiting up to the timeout. */
    String awaitLine(String text, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = out.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.contains(text)) {
                return line;
            }
            if (line == null && !process.isAlive() && out.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("no line with '" + text + "' within " + seconds + " s; stderr: " + stderr());
    }

    String stderr() {
        synchronized (err) {
            return err.toString();
        }
    }

    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("process did not end within " + seconds + " s; stderr: " + stderr());
        }
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    /** kill -9: no shutdown hook, no flush, no close. */
    void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
