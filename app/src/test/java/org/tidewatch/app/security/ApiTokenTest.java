package org.tidewatch.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.HandlerType;
import org.junit.jupiter.api.Test;

class ApiTokenTest extends SharedServerTest {
    @Test
    void revokedTokenIsRefusedWhileOthersStillWork() {
        IssuedToken kept = server.users.issueToken("investigator");
        IssuedToken revoked = server.users.issueToken("investigator");
        assertThat(server.call(HandlerType.GET, "/api/search", "Authorization", "Bearer " + revoked.value())
                .statusCode()).isEqualTo(200);
        server.users.revokeToken(revoked.id());
        assertThat(server.call(HandlerType.GET, "/api/search", "Authorization", "Bearer " + revoked.value())
                .statusCode()).isEqualTo(401);
        assertThat(server.call(HandlerType.GET, "/api/search", "Authorization", "Bearer " + kept.value())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void tokenWithTheRightIdButWrongSecretIsRefused() {
        IssuedToken t = server.users.issueToken("analyst");
        String forged = "tw_" + t.id() + "_" + "x".repeat(43);
        assertThat(server.call(HandlerType.GET, "/api/alerts", "Authorization", "Bearer " + forged).statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyAHashOfTheSecretIsStored() throws Exception {
        IssuedToken t = server.users.issueToken("analyst");
        String secret = t.value().substring(("tw_" + t.id() + "_").length());
        try (var c = server.db.connect(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT secret_sha256 FROM api_tokens WHERE id = '" + t.id() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Secrets.sha256(secret)).doesNotContain(secret);
        }
    }

    @Test
    void listingShowsRevocation() {
        IssuedToken t = server.users.issueToken("liaison");
        server.users.revokeToken(t.id());
        assertThat(server.users.tokens("liaison")).filteredOn(k -> k.id().equals(t.id()))
                .singleElement().satisfies(k -> assertThat(k.active()).isFalse());
    }

    @Test
    void revokingAnUnknownIdNamesIt() {
        assertThatThrownBy(() -> server.users.revokeToken("feedface"))
                .hasMessage("no token with id 'feedface'");
    }
}
