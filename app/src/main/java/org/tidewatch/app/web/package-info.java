/**
 * The investigator workbench: server-rendered pages (search, post, phone/handle/author pivots, cases, alerts inbox,
 * watchlists, trends, sources, referral reports) and their JSON twins, behind the same log-in, roles and audit trail
 * as the API. A liaison officer sees tick boxes on search results and case pages and a "Refer selected" form
 * ({@link org.tidewatch.app.web.ReportPages}, installed with the referral API).
 *
 * <p>To use, install it on the server's Javalin config after access control: {@code new Workbench(tw).install(config)}.
 * Pages use no inline script or style (the CSP forbids them); assets are served from the classpath folder
 * {@code web/} under {@code /assets} to signed-in users. Everything a post supplied is shown through
 * {@code Html.escape}, with {@code dir="auto"} so right-to-left scripts read right.
 */
package org.tidewatch.app.web;
