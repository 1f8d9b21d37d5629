package org.tidewatch.app.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the HTTP tests that share one {@link TestServer} per class (starting Javalin is the slow part). */
abstract class SharedServerTest {
    static TestServer server;

    @BeforeAll
    static void startServer() {
        server = new TestServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
