package org.tidewatch.index.pivot;

/** What an investigator can pivot on, and the query field behind it. */
public enum PivotKind {
    PHONE("phone"), HANDLE("handle"), AUTHOR("author");

    private final String field;

    PivotKind(String field) {
        this.field = field;
    }

    /** The query-language field. */
    public String field() {
        return field;
    }
}
