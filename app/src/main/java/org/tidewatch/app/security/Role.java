package org.tidewatch.app.security;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do; a user may hold several roles. Also a Javalin route role: {@code get(path, h, Role.ANALYST)}. */
public enum Role implements RouteRole {
    /** Searches the index, opens post pages, pivots on phones, routes and accounts. */
    INVESTIGATOR,
    /** Receives alerts, manages watchlists, watches trends. */
    ANALYST,
    /** Prepares and sends referral reports to platforms. */
    LIAISON,
    /** Manages users, sources and retention; reads the audit log. */
    ADMIN;

    /** The lower-case name used on the command line, in the database and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses one role name such as {@code analyst}, naming the valid ones when it is unknown. */
    public static Role parse(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.name().equals(wanted)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (valid: " + allIds() + ")");
    }

    /** Parses a comma-separated list such as {@code analyst,liaison}; at least one role is required. */
    public static Set<Role> parseList(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : (csv == null ? "" : csv).split(",")) {
            if (!part.isBlank()) {
                roles.add(parse(part));
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is required (valid: " + allIds() + ")");
        }
        return roles;
    }

    /** The roles as a comma-separated list of ids, in declaration order. */
    public static String format(Set<Role> roles) {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(","));
    }

    private static String allIds() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
