package org.tidewatch.app.audit;

import java.util.Locale;

/** The kinds of thing the audit trail records. */
public enum AuditAction {
    /** A search; target is the query, results the hit count. */
    SEARCH,
    /** A post (or other object) opened; target is its id. */
    VIEW,
    /** Data taken out of the system (CSV, evidence); target says what. */
    EXPORT,
    /** A referral report prepared or sent; target is the report id. */
    REPORT,
    /** A user, token, source, rule or setting changed; target says what. */
    ADMIN,
    /** A successful log-in; target is how (password, token). */
    LOGIN,
    /** A refused log-in; actor is the name that was tried. */
    LOGIN_FAILED,
    /** A log-out. */
    LOGOUT,
    /** Retention deleted expired posts; results is how many. */
    PURGE;

    /** The lower-case id shown and stored, e.g. {@code login-failed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses an id such as {@code login-failed}, naming the valid ones when it is unknown. */
    public static AuditAction parse(String id) {
        for (AuditAction a : values()) {
            if (a.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return a;
            }
        }
        StringBuilder valid = new StringBuilder();
        for (AuditAction a : values()) {
            valid.append(valid.isEmpty() ? "" : ", ").append(a.id());
        }
        throw new IllegalArgumentException("unknown audit action '" + id + "' (valid: " + valid + ")");
    }
}
