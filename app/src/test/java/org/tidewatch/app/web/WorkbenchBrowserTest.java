package org.tidewatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tidewatch.app.audit.AuditAction;
import org.tidewatch.app.audit.AuditEntry;
import org.tidewatch.app.audit.AuditFilter;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.core.Post;

/** The workbench in headless Chromium: each role logs in and uses the pages it may use. */
class WorkbenchBrowserTest {
    @TempDir
    static Path dir;
    static WorkbenchServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = WorkbenchServer.shared();
        browser = new Browser(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void investigatorWalksFromSearchThroughFacetPostAndPivotToACase() throws Exception {
        browser.login(server, "ina");
        var d = browser.driver;
        d.get(server.url("/search?q=lampedusa"));
        assertThat(browser.mainText()).contains("5 posts");
        assertThat(d.findElements(By.cssSelector("article.hit mark"))).isNotEmpty();
        Path shot = browser.screenshot("search");
        Path docs = Files.createDirectories(Path.of("..", "docs"));
        Files.copy(shot, docs.resolve("search.png"), StandardCopyOption.REPLACE_EXISTING);

        browser.clickToNewPage(facet("route", "LY>IT"));
        assertThat(d.getCurrentUrl()).contains("route%3ALY%3EIT");
        assertThat(browser.mainText()).contains("3 posts").doesNotContain("Sfax");

        browser.clickToNewPage(d.findElement(By.linkText("Search")));
        d.findElement(By.id("q")).sendKeys("sfax");
        d.findElement(By.id("q")).submit();
        browser.clickToNewPage(d.findElement(By.cssSelector("article.hit h3 a[href='/posts/classifieds:8001']")));
        assertThat(d.getCurrentUrl()).endsWith("/posts/classifieds:8001");
        String post = browser.mainText();
        assertThat(post).contains("Boat from Sfax to Lampedusa, 3000 TND", "https://example.org/ads/8001", "3000 TND", "+21620123456");
        assertThat(d.findElement(By.cssSelector("code.hash")).getText()).matches("[0-9a-f]{64}");
        browser.screenshot("post");

        browser.clickToNewPage(d.findElement(By.linkText("+21620123456")));
        assertThat(d.getCurrentUrl()).endsWith("/phones/%2B21620123456");
        assertThat(browser.mainText()).contains("Phone +21620123456", "Posts\n2", "classifieds (2)", "2800 TND");
        browser.screenshot("phone");

        browser.clickToNewPage(d.findElement(By.linkText("classifieds:8001")));
        d.findElement(By.id("case")).sendKeys("Sfax boats");
        d.findElement(By.id("note")).sendKeys("same phone as the September advert");
        browser.clickToNewPage(d.findElement(By.cssSelector("form.case-add button")));
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Case: Sfax boats");
        assertThat(browser.mainText()).contains("Added by ina", "same phone as the September advert", "Boat from Sfax to Lampedusa");
        browser.screenshot("case");
        browser.clickToNewPage(d.findElement(By.linkText("Cases")));
        assertThat(browser.mainText()).contains("Sfax boats\t1\tina".replace('\t', ' '));
        browser.screenshot("cases");
    }

    @Test
    void liaisonInvestigatorTicksTwoPostsAndRefersThemThenRefersAWholeCase() {
        browser.login(server, "ina");
        browser.driver.get(server.url("/search?q=lampedusa"));
        assertThat(browser.driver.findElements(By.cssSelector("input[name='post_ids']"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("form.refer"))).isEmpty();

        browser.login(server, "lisa");
        var d = browser.driver;
        d.get(server.url("/search?q=lampedusa"));
        assertThat(d.findElements(By.cssSelector("form.refer input[name='post_ids']"))).hasSize(5);
        d.findElement(By.cssSelector("input[name='post_ids'][value='telegram:7002']")).click();
        d.findElement(By.cssSelector("input[name='post_ids'][value='telegram:7003']")).click();
        browser.screenshot("refer-ticked");
        browser.clickToNewPage(d.findElement(By.cssSelector("button.refer-selected")));

        assertThat(d.findElements(By.cssSelector("main p.error"))).isEmpty();
        assertThat(d.getCurrentUrl()).contains("/reports/R-");
        String id = d.getCurrentUrl().substring(d.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Report " + id);
        assertThat(browser.mainText()).contains("To telegram, prepared by lisa", "Referred (2)", "Held back (0)",
                "https://t.me/example_crossings/7002", "https://t.me/example_crossings/7003", "<script>alert('x')</script>");
        assertThat(d.findElements(By.cssSelector("main script"))).isEmpty();
        assertThat(d.findElements(By.cssSelector("table.report-items tbody tr td:first-child a"))).extracting(WebElement::getText)
                .containsExactlyInAnyOrder("telegram:7002", "telegram:7003");
        assertThat(d.findElement(By.linkText("PDF")).getDomAttribute("href")).isEqualTo("/api/reports/" + id + "?format=pdf");
        browser.screenshot("report");
        assertThat(server.tw.audit().list(new AuditFilter("lisa", null, AuditAction.REPORT, 100))).extracting(AuditEntry::target)
                .anySatisfy(t -> assertThat(t).startsWith(id + " to telegram (posts: ").contains("telegram:7002", "telegram:7003"));

        long caseId = new CaseStore(server.tw.db(), Clock.systemUTC()).add("Sfax <i>ads</i>", "classifieds:8002", "", "lisa").id();
        d.get(server.url("/cases/" + caseId));
        assertThat(d.findElements(By.cssSelector("form.refer input[name='post_ids']"))).extracting(e -> e.getDomAttribute("value"))
                .containsExactly("classifieds:8002");
        browser.clickToNewPage(d.findElement(By.xpath("//button[.='Refer the whole case']")));
        assertThat(browser.mainText()).contains("To classifieds, prepared by lisa", "Selection: case " + caseId + ": Sfax <i>ads</i>.",
                "Referred (1)", "https://example.org/ads/8002");
        browser.clickToNewPage(d.findElement(By.linkText("Reports")));
        assertThat(d.findElements(By.cssSelector("table.reports tbody tr"))).hasSizeGreaterThanOrEqualTo(2);

        d.get(server.url("/search?q=lampedusa"));
        browser.clickToNewPage(d.findElement(By.cssSelector("button.refer-selected")));
        assertThat(d.findElement(By.cssSelector("main p.error")).getText()).isEqualTo("tick at least one post");
    }

    @Test
    void aPostContainingAScriptTagShowsItAsText() {
        browser.login(server, "ina");
        var d = browser.driver;
        d.get(server.url("/posts/telegram:7003"));
        WebElement text = d.findElement(By.cssSelector("blockquote.post-text"));
        assertThat(text.getText()).endsWith("<script>alert('x')</script>");
        assertThat(d.findElements(By.cssSelector("main script"))).isEmpty();
        d.get(server.url("/search?q=sunday"));
        assertThat(d.findElement(By.cssSelector("article.hit p.text")).getText()).contains("<script>alert('x')</script>");
        assertThat(d.findElements(By.cssSelector("main script"))).isEmpty();
    }

    @Test
    void slashKeyJumpsToTheQueryBox() {
        browser.login(server, "ina");
        browser.driver.get(server.url("/search?q=sfax"));
        browser.driver.findElement(By.tagName("h1")).click();
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys("/").perform();
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("q");
        assertThat(browser.driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("sfax");
    }

    @Test
    void arabicPostReadsRightToLeft() {
        browser.login(server, "ina");
        browser.driver.get(server.url("/posts/telegram:7002"));
        WebElement text = browser.driver.findElement(By.cssSelector("blockquote.post-text"));
        assertThat(text.getDomAttribute("dir")).isEqualTo("auto");
        assertThat(text.getCssValue("direction")).isEqualTo("rtl");
    }

    @Test
    void csvExportIsDownloaded() throws Exception {
        browser.login(server, "ina");
        browser.driver.get(server.url("/search?q=lampedusa"));
        browser.driver.findElement(By.linkText("Export CSV")).click();
        Path csv = browser.downloads.resolve("tidewatch-search.csv");
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(x -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo(SearchCsv.HEADER);
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(1, 6)).extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactlyInAnyOrder("telegram:7001", "telegram:7002", "telegram:7003", "classifieds:8001", "classifieds:8002");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("classifieds:8001,classifieds,https://example.org/ads/8001,seller_tn,"
                + "2026-10-20T09:00:00Z,").endsWith(",+21620123456,,3000 TND,TN>IT,\"Boat from Sfax to Lampedusa, 3000 TND, safe trip, "
                + "contact +216 20 123 456\""));
    }

    @Test
    void analystSeesTrendsAndAlertsButCannotSearch() {
        browser.login(server, "ana");
        var d = browser.driver;
        d.get(server.url("/trends"));
        assertThat(d.findElements(By.cssSelector("svg.chart rect.bar"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.mainText()).contains("LY>IT", "TN>IT", "2026-10 2 4750 EUR");
        assertThat(d.findElements(By.cssSelector("table.route-stats tbody tr"))).extracting(WebElement::getText)
                .containsExactly("LY>IT 3 3 1 4500 2026-10-12", "TN>IT 2 2 1 870 2026-10-20");
        browser.screenshot("trends");
        assertThat(d.findElements(By.linkText("Search"))).isEmpty();
        d.get(server.url("/search?q=lampedusa"));
        assertThat(d.getPageSource()).contains("your roles do not allow this");
    }

    @Test
    void analystWatchesAPhoneAndAcknowledgesTheAlertItsNewPostRaises() {
        browser.login(server, "ana");
        var d = browser.driver;
        browser.clickToNewPage(d.findElement(By.linkText("Watchlists")));
        d.findElement(By.id("wl-name")).sendKeys("italian number");
        d.findElement(By.id("wl-query")).sendKeys("phone:\"+39 312 345 6789\"");
        browser.clickToNewPage(d.findElement(By.cssSelector("form.watchlist-add button")));
        WebElement section = d.findElement(By.cssSelector("section.watchlist"));
        assertThat(section.getText()).contains("italian number", "phone:\"+39 312 345 6789\"", "Added by ana", "Matches (0)");

        server.tw.pipeline().process(List.of(new Post("telegram:7301", "ingest", "telegram", "https://t.me/example_crossings/7301",
                "example_crossings", null, Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-20T09:00:00Z"),
                "Ask for Marco on +39 312 345 6789, same number as before", Map.of(), null)));

        d.navigate().refresh();
        assertThat(browser.mainText()).contains("Matches (1)", "matched 1 new post: telegram:7301");
        browser.screenshot("watchlists");
        browser.clickToNewPage(d.findElement(By.linkText("Alerts")));
        WebElement alert = watchlistAlert("italian number");
        assertThat(alert.getText()).contains("WATCHLIST", "Fired 2026-11-20", "count 1 vs baseline 0", "New");
        assertThat(alert.findElement(By.cssSelector("p.examples a")).getDomAttribute("href")).isEqualTo("/posts/telegram:7301");
        browser.screenshot("alerts");
        browser.clickToNewPage(alert.findElement(By.cssSelector("button.acknowledge")));
        assertThat(d.findElements(By.cssSelector("article.alert h2"))).noneMatch(h -> h.getText().contains("italian number"));

        browser.clickToNewPage(d.findElement(By.linkText("acknowledged")));
        alert = watchlistAlert("italian number");
        assertThat(alert.findElement(By.cssSelector("p.state")).getText()).startsWith("acknowledged by ana, ");
        assertThat(alert.findElements(By.cssSelector("button.acknowledge"))).isEmpty();
        assertThat(alert.findElements(By.cssSelector("button.dismiss"))).hasSize(1);
        assertThat(server.tw.audit().list(new AuditFilter("ana", null, AuditAction.ADMIN, 100)))
                .extracting(AuditEntry::target).anySatisfy(t -> assertThat(t).startsWith("acknowledge alert "));
    }

    @Test
    void aBadWatchlistQueryIsShownWithTheParsersMessageAndNothingIsSaved() {
        browser.login(server, "ana");
        var d = browser.driver;
        d.get(server.url("/watchlists"));
        d.findElement(By.id("wl-name")).sendKeys("broken");
        d.findElement(By.id("wl-query")).sendKeys("phone:<b>nope</b>");
        browser.clickToNewPage(d.findElement(By.cssSelector("form.watchlist-add button")));
        assertThat(d.findElement(By.cssSelector("form.watchlist-add p.error")).getText())
                .startsWith("Bad query: ").contains("<b>nope</b>");
        assertThat(d.findElements(By.cssSelector("main p.error b"))).isEmpty();
        assertThat(d.findElement(By.id("wl-query")).getDomProperty("value")).isEqualTo("phone:<b>nope</b>");
        assertThat(server.tw.rules().watchlists().get("broken")).isEmpty();
    }

    @Test
    void analystDeletesAWatchlist() {
        server.tw.rules().watchlists().add("ana", "old ring", "phone:\"+90 501 234 56 78\"", List.of());
        browser.login(server, "ana");
        var d = browser.driver;
        d.get(server.url("/watchlists"));
        browser.clickToNewPage(d.findElement(By.xpath("//button[.='Delete old ring']")));
        assertThat(d.getCurrentUrl()).endsWith("/watchlists");
        assertThat(d.findElements(By.xpath("//button[.='Delete old ring']"))).isEmpty();
        assertThat(server.tw.rules().watchlists().get("old ring")).isEmpty();
    }

    @Test
    void homeLinksToTheWorkbenchPagesOfTheRoles() {
        browser.login(server, "ana");
        browser.driver.get(server.url("/"));
        assertThat(browser.driver.findElements(By.cssSelector("main nav a"))).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("/alerts", "/watchlists", "/trends");
        assertThat(browser.driver.findElements(By.cssSelector("form[action='/logout']"))).hasSize(1);
    }

    private static WebElement watchlistAlert(String name) {
        for (WebElement a : browser.driver.findElements(By.cssSelector("article.alert"))) {
            if (a.findElement(By.tagName("h2")).getText().equals("WATCHLIST watchlist " + name)) {
                return a;
            }
        }
        throw new AssertionError("no alert of watchlist " + name + " in " + browser.mainText());
    }

    @Test
    void liaisonOpensAPostWithoutTheCaseForm() {
        browser.login(server, "lia");
        browser.driver.get(server.url("/posts/telegram:7001"));
        assertThat(browser.mainText()).contains("Boat trip from Zuwara to Lampedusa");
        assertThat(browser.driver.findElements(By.cssSelector("form.case-add"))).isEmpty();
        browser.driver.get(server.url("/cases"));
        assertThat(browser.driver.getPageSource()).contains("your roles do not allow this");
    }

    @Test
    void adminSeesSourceHealth() {
        browser.login(server, "adam");
        browser.driver.get(server.url("/sources"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sources");
        browser.screenshot("sources");
        browser.driver.get(server.url("/posts/telegram:7001"));
        assertThat(browser.driver.getPageSource()).contains("your roles do not allow this");
    }

    private static WebElement facet(String name, String value) {
        for (WebElement a : browser.driver.findElements(By.cssSelector("a.facet[data-facet='" + name + "']"))) {
            if (a.findElement(By.tagName("bdi")).getText().equals(value)) {
                return a;
            }
        }
        throw new AssertionError("no facet " + name + "=" + value + " in " + browser.mainText());
    }
}
