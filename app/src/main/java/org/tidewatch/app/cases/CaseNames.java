package org.tidewatch.app.cases;

/** What a case name may be: 1 to 200 characters, not blank, no control characters. */
final class CaseNames {
    static final int MAX = 200;

    private CaseNames() {
    }

    /** The name, stripped, or an {@link IllegalArgumentException} saying what is wrong with it. */
    static String check(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a case needs a name");
        }
        if (n.length() > MAX) {
            throw new IllegalArgumentException("a case name has at most " + MAX + " characters, not " + n.length());
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a case name cannot contain control characters: '" + n.replaceAll("\\p{Cntrl}", "?") + "'");
        }
        return n;
    }
}
