package org.tidewatch.app;

/** Entry point of the {@code tidewatch} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("tidewatch");
    }
}
