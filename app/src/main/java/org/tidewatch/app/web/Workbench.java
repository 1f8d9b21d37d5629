package org.tidewatch.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Set;
import org.tidewatch.app.cases.CaseStore;
import org.tidewatch.app.runtime.Tidewatch;
import org.tidewatch.app.security.Audience;
import org.tidewatch.app.security.Role;
import org.tidewatch.crawler.health.Backoff;
import org.tidewatch.crawler.health.SourceHealthStore;
import org.tidewatch.index.pivot.PivotKind;
import org.tidewatch.index.pivot.PivotService;

/**
 * The investigator workbench: server-rendered pages and their JSON twins, each route with its roles. Install it on
 * the server's Javalin config after {@code AccessControl.install}: {@code new Workbench(tw).install(config)}.
 */
public final class Workbench {
    private static final RouteRole[] POST_READERS = {Role.INVESTIGATOR, Role.ANALYST, Role.LIAISON};

    private final Tidewatch tw;
    private final CaseStore cases;
    private final PivotService pivots;

    public Workbench(Tidewatch tw) {
        this.tw = tw;
        this.cases = new CaseStore(tw.db(), Clock.systemUTC());
        this.pivots = new PivotService(tw.index());
    }

    /** The cases store, e.g. for retention to keep the posts cases refer to. */
    public CaseStore cases() {
        return cases;
    }

    /** Registers the pages, the JSON endpoints and the static assets under {@code /assets}. */
    public void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.roles = Set.<RouteRole>of(Audience.SIGNED_IN);
        });
        SearchPage search = new SearchPage(tw.index(), tw.audit());
        PostPage post = new PostPage(pivots, cases, tw.audit());
        CasePages casePages = new CasePages(cases, pivots, tw.audit());
        TrendsPage trends = new TrendsPage(tw.index(), tw.audit(),
                new RouteDailyStats(tw.rules().routeStats(), Clock.systemUTC()));
        SourcesPage sources = new SourcesPage(() -> tw.config().sources(),
                new SourceHealthStore(tw.db(), Backoff.DEFAULT, Clock.systemUTC()), Clock.systemUTC());
        var routes = config.routes;
        routes.get("/search", search::handle, Role.INVESTIGATOR);
        routes.get("/search.csv", new SearchCsv(tw.index(), tw.audit())::handle, Role.INVESTIGATOR);
        routes.get("/posts/<id>", post::handle, POST_READERS);
        routes.get("/phones/<value>", new PivotPage(pivots, tw.audit(), PivotKind.PHONE)::handle, Role.INVESTIGATOR);
        routes.get("/handles/<value>", new PivotPage(pivots, tw.audit(), PivotKind.HANDLE)::handle, Role.INVESTIGATOR);
        routes.get("/authors/<value>", new PivotPage(pivots, tw.audit(), PivotKind.AUTHOR)::handle, Role.INVESTIGATOR);
        routes.get("/cases", casePages::list, Role.INVESTIGATOR);
        routes.get("/cases/{id}", casePages::show, Role.INVESTIGATOR);
        routes.post("/cases", casePages::add, Role.INVESTIGATOR);
        AlertsPage alerts = new AlertsPage(tw.rules().alerts(), tw.audit());
        WatchlistsPage watchlists = new WatchlistsPage(tw.rules().watchlists(), tw.rules().alerts(), tw.audit());
        routes.get("/alerts", alerts::handle, Role.ANALYST);
        routes.post("/alerts/{id}/acknowledge", alerts::acknowledge, Role.ANALYST);
        routes.post("/alerts/{id}/dismiss", alerts::dismiss, Role.ANALYST);
        routes.get("/watchlists", watchlists::list, Role.ANALYST);
        routes.post("/watchlists", watchlists::add, Role.ANALYST);
        routes.post("/watchlists/{name}/delete", watchlists::delete, Role.ANALYST);
        routes.get("/trends", trends::handle, Role.ANALYST);
        routes.get("/sources", sources::handle, Role.ADMIN);
        new WorkbenchApi(pivots, cases, tw.audit()).install(config);
    }
}
