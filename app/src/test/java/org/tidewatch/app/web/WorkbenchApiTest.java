package org.tidewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditEntry;
import org.tidewatch.app.audit.AuditFilter;

/** The workbench's JSON endpoints and pages over plain HTTP with API tokens: roles, audit, errors. */
class WorkbenchApiTest {
    static WorkbenchServer server;
    static String investigator;
    static String analyst;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = WorkbenchServer.shared();
        investigator = server.tw.users().issueToken("ina").value();
        analyst = server.tw.users().issueToken("ana").value();
    }


    @Test
    void postJsonIsReturnedAndTheViewAudited() throws Exception {
        HttpResponse<String> r = call("GET", "/api/posts/telegram:7001", investigator, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode post = JSON.readTree(r.body());
        assertThat(post.get("id").asText()).isEqualTo("telegram:7001");
        assertThat(post.get("phones").toString()).isEqualTo("[\"+218912345678\"]");
        assertThat(post.get("group_size").asInt()).isEqualTo(1);
        AuditEntry last = server.tw.audit().list(new AuditFilter("ina", null, AuditAction.VIEW, 100_000)).getLast();
        assertThat(last.target()).isEqualTo("post telegram:7001");
        assertThat(last.results()).isEqualTo(1);
    }

    @Test
    void nearDuplicatesAreListedWithThePost() throws Exception {
        JsonNode post = JSON.readTree(call("GET", "/api/posts/telegram:9001", investigator, null).body());
        assertThat(post.get("group_size").asInt()).isEqualTo(2);
        assertThat(post.get("duplicate_ids").toString()).isEqualTo("[\"telegram:9002\"]");
        String page = call("GET", "/search?q=harbour%20offer:any", investigator, null).body();
        assertThat(page).contains("2 near duplicates</a>").contains("href=\"/search?q=group%3A%22");
    }

    @Test
    void authorPageShowsFirstAndLastSeenPlatformsRoutesAndPrices() throws Exception {
        HttpResponse<String> r = call("GET", "/authors/seller_tn", investigator, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("<h1>Author <bdi>seller_tn</bdi></h1>")
                .contains("<dt>Posts</dt><dd>2</dd><dt>First seen</dt><dd><time datetime=\"2026-09-21T09:00:00Z\">")
                .contains("<dt>Last seen</dt><dd><time datetime=\"2026-10-20T09:00:00Z\">")
                .contains("<bdi>classifieds</bdi> (2)", "<bdi>TN&gt;IT</bdi> (2)", "<td>2800 TND</td>", "<td>3000 TND</td>");
    }

    @Test
    void unknownPostIs404WithItsId() throws Exception {
        HttpResponse<String> r = call("GET", "/api/posts/telegram:nope", investigator, null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("no post has the id telegram:nope");
    }

    @Test
    void phonePivotGivesFirstAndLastSeenPlatformsAndRoutes() throws Exception {
        HttpResponse<String> r = call("GET", "/api/pivot/phone/+218912345678", investigator, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("total").asLong()).isEqualTo(3);
        assertThat(p.get("first_seen").asText()).isEqualTo("2026-09-03T08:00:00Z");
        assertThat(p.get("last_seen").asText()).isEqualTo("2026-10-12T08:00:00Z");
        assertThat(p.get("platforms").toString()).isEqualTo("{\"telegram\":3}");
        assertThat(p.get("routes").toString()).isEqualTo("{\"LY>IT\":3}");
        assertThat(call("GET", "/api/pivot/email/x", investigator, null).body())
                .isEqualTo("{\"error\":\"pivot kind must be phone, handle or author, not 'email'\"}");
    }

    @Test
    void postsAreAddedToCasesByJsonAndUnknownPostsRefused() throws Exception {
        HttpResponse<String> added = call("POST", "/api/cases", investigator,
                "{\"case\":\"Zuwara departures\",\"post_id\":\"telegram:7002\",\"note\":\"Arabic version\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        long id = JSON.readTree(added.body()).get("id").asLong();
        call("POST", "/api/cases", investigator, "{\"case\":\"Zuwara departures\",\"post_id\":\"telegram:7002\",\"note\":\"Arabic, same phone\"}");
        JsonNode c = JSON.readTree(call("GET", "/api/cases/" + id, investigator, null).body());
        assertThat(c.get("post_count").asInt()).isEqualTo(1);
        assertThat(c.get("posts").get(0).get("note").asText()).isEqualTo("Arabic, same phone");
        HttpResponse<String> bad = call("POST", "/api/cases", investigator, "{\"case\":\"Zuwara departures\",\"post_id\":\"telegram:0\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"error\":\"no post has the id 'telegram:0'\"}");
        HttpResponse<String> blank = call("POST", "/api/cases", investigator, "{\"case\":\" \",\"post_id\":\"telegram:7002\"}");
        assertThat(blank.body()).isEqualTo("{\"error\":\"a case needs a name\"}");
    }

    @Test
    void pagesAcceptTokensAndRefuseOtherRoles() throws Exception {
        HttpResponse<String> page = call("GET", "/search?q=zuwara", investigator, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.body()).contains("<strong>3</strong> posts").doesNotContain("<script>alert");
        assertThat(page.body()).contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt;");
        assertThat(call("GET", "/search?q=zuwara", analyst, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/cases", analyst, null).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/trends", analyst, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/search?q=zuwara", null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/assets/workbench.css", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void badQueryIsShownOnThePageNotAsAnError500() throws Exception {
        HttpResponse<String> r = call("GET", "/search?q=route%3Anowhere", investigator, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Bad query: ").contains("route: expects FROM&gt;TO");
    }

    @Test
    void badOrderAndUnknownCaseAreAnsweredAsPagesNamingTheProblem() throws Exception {
        HttpResponse<String> order = call("GET", "/search?q=zuwara&order=sideways", investigator, null);
        assertThat(order.statusCode()).isEqualTo(400);
        assertThat(order.body()).contains("order must be relevance, newest or oldest, not &#39;sideways&#39;");
        HttpResponse<String> unknown = call("GET", "/cases/abc", investigator, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no case abc.");
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        try (HttpClient c = HttpClient.newHttpClient()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            return c.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
