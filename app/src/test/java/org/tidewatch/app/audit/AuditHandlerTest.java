package org.tidewatch.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.security.TestServer;

class AuditHandlerTest {
    private TestServer server;
    private String adminToken;

    @BeforeEach
    void start() {
        server = new TestServer();
        adminToken = server.users.issueToken("admin").value();
        server.audit.record("investigator", AuditAction.SEARCH, "=cmd|' /C calc'!A0", 4);
        server.audit.record("analyst", AuditAction.VIEW, "post x:1", null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void adminFiltersByUserAsJson() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/api/audit?user=analyst",
                "Authorization", "Bearer " + adminToken);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("{\"count\":1,").contains("\"actor\":\"analyst\"")
                .doesNotContain("investigator");
    }

    @Test
    void adminExportsCsvAndTheExportIsAudited() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/api/audit?action=search&format=csv",
                "Authorization", "Bearer " + adminToken);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.body().split("\r\n")).hasSize(2);
        assertThat(r.body()).contains(",investigator,search,'=cmd|' /C calc'!A0,4,");
        assertThat(server.audit.list(new AuditFilter("admin", null, AuditAction.EXPORT, 10)))
                .singleElement().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("audit log ?action=search&format=csv");
                    assertThat(e.results()).isEqualTo(1);
                });
    }

    @Test
    void badFilterIsA400NamingTheValue() {
        HttpResponse<String> r = server.call(HandlerType.GET, "/api/audit?since=yesterday",
                "Authorization", "Bearer " + adminToken);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("since must be a date like 2026-11-01").contains("'yesterday'");
    }

    @Test
    void nonAdminIsRefused() {
        String token = server.users.issueToken("analyst").value();
        assertThat(server.call(HandlerType.GET, "/api/audit", "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(403);
    }
}
