/**
 * Users, passwords, sessions, CSRF, lock-out, API tokens, roles and security headers for the server and the CLI.
 *
 * <p>To use, open the stores on the database and install {@link org.tidewatch.app.security.AccessControl} on the
 * Javalin config, then give every route its roles:
 * <pre>{@code
 * UserStore users = new UserStore(db, PasswordHasher.DEFAULT, clock);
 * AccessControl access = AccessControl.create(users, audit, SecuritySettings.fromConfig(cfg.child("security")), clock);
 * Javalin.create(config -> {
 *     access.install(config);
 *     config.routes.get("/api/health", health, Audience.ANYONE);
 *     config.routes.get("/api/search", search, Role.INVESTIGATOR);
 *     config.routes.post("/api/reports", report, Role.LIAISON);
 * });
 * }</pre>
 * Sessions live in the same database ({@link org.tidewatch.app.security.SessionStore}), so they outlast a restart;
 * changing a user's password, roles or lock-out through {@link org.tidewatch.app.security.UserStore} ends them.
 * In a handler, {@code AccessControl.user(ctx)} is the caller. A route with no role is refused to everyone; static
 * files take roles too ({@code files.roles = Set.of(Audience.SIGNED_IN)}).
 * Show anything that came from a collected post through {@link org.tidewatch.app.security.Html#escape(String)}.
 * The command line gets {@link org.tidewatch.app.security.UsersCommand}; the demo calls
 * {@link org.tidewatch.app.security.DemoUsers#ensure(UserStore)}.
 */
package org.tidewatch.app.security;
