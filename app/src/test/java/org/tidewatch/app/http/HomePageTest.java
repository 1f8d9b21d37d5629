package org.tidewatch.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidewatch.app.security.Role;
import org.tidewatch.app.security.User;

class HomePageTest {
    private static User user(String name, Role... roles) {
        return new User(name, Set.of(roles), false, 0, null);
    }

    @Test
    void eachRoleSeesTheLinksToItsOwnPages() {
        assertThat(HomePage.render(user("lia", Role.LIAISON), "t")).contains("href=\"/reports\"")
                .doesNotContain("action=\"/search\"").doesNotContain("no workbench page");
        assertThat(HomePage.render(user("ivan", Role.INVESTIGATOR), "t")).contains("action=\"/search\"")
                .doesNotContain("href=\"/reports\"");
        assertThat(HomePage.render(user("ana", Role.ANALYST), "t")).contains("href=\"/alerts\"");
    }

    @Test
    void theFormTokenIsEscaped() {
        // user names are restricted to [a-z0-9._-] when created; the token is escaped all the same
        String page = HomePage.render(user("ana", Role.ANALYST), "\"><script>");
        assertThat(page).doesNotContain("\"><script>").contains("&quot;&gt;&lt;script&gt;");
    }
}
