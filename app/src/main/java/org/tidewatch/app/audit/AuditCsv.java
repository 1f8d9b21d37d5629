package org.tidewatch.app.audit;

import java.util.List;

/** Writes audit entries as CSV (RFC 4180), defusing cells a spreadsheet would run as formulas. */
final class AuditCsv {
    private AuditCsv() {
    }

    static String write(List<AuditEntry> entries) {
        StringBuilder sb = new StringBuilder("seq,at,actor,action,target,results,hash\r\n");
        for (AuditEntry e : entries) {
            sb.append(e.seq()).append(',')
                    .append(e.at()).append(',')
                    .append(cell(e.actor())).append(',')
                    .append(e.action().id()).append(',')
                    .append(cell(e.target())).append(',')
                    .append(e.results() == null ? "" : e.results()).append(',')
                    .append(e.hash()).append("\r\n");
        }
        return sb.toString();
    }

    static String cell(String value) {
        String v = value;
        // A search query like "=HYPERLINK(...)" must stay text when an admin opens the export in a spreadsheet.
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
