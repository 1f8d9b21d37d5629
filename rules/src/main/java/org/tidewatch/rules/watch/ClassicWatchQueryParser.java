package org.tidewatch.rules.watch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.tidewatch.index.QuerySyntaxException;

/**
 * The Tidewatch query language on Lucene's classic query parser: free text and phrases, {@code AND/OR/NOT}, and the
 * fields {@code phone: handle: author: platform: lang: from: to: route: category: offer: price:[a TO b] after: before:}.
 * Terms without an operator must all match. A stand-in until the index module's parser is merged, over the same names.
 */
public final class ClassicWatchQueryParser implements WatchQueryParser {
    private static final Pattern PHONE_PLUS = Pattern.compile("(?i)\\bphone:\\+");
    private static final Set<String> DATES = Set.of("after", "before");

    @Override
    public Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("a watchlist query must not be empty", 0);
        }
        // The classic grammar reads a leading + as "required"; in phone:+218… it is part of the number.
        String escaped = PHONE_PLUS.matcher(query).replaceAll("phone:\\\\+");
        try {
            return new FieldParser().parse(escaped);
        } catch (ParseException e) {
            throw new QuerySyntaxException("bad query '" + query + "': " + firstLine(e.getMessage()), -1);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("bad query '" + query + "': " + e.getMessage(), -1);
        }
    }

    private static String firstLine(String message) {
        int nl = message == null ? -1 : message.indexOf('\n');
        return nl < 0 ? String.valueOf(message) : message.substring(0, nl);
    }

    /** The classic parser with our field semantics. */
    private static final class FieldParser extends QueryParser {
        FieldParser() {
            super(WatchFields.TEXT, new WatchAnalyzer());
            setDefaultOperator(Operator.AND);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (field.equals(WatchFields.TEXT)) {
                return super.getFieldQuery(field, text, quoted);
            }
            if (WatchFields.KEYWORDS.contains(field)) {
                return new TermQuery(new Term(field, WatchFields.keyword(field, text)));
            }
            if (DATES.contains(field)) {
                long start = dayStart(field, text);
                return field.equals("after")
                        ? LongPoint.newRangeQuery(WatchFields.PUBLISHED, start, Long.MAX_VALUE)
                        : LongPoint.newRangeQuery(WatchFields.PUBLISHED, Long.MIN_VALUE, start - 1);
            }
            if (field.equals(WatchFields.PRICE)) {
                double eur = number(text);
                return DoublePoint.newExactQuery(WatchFields.PRICE, eur);
            }
            throw new ParseException("unknown field '" + field + "'");
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            if (!field.equals(WatchFields.TEXT)) {
                return getFieldQuery(field, text, true);
            }
            return super.getFieldQuery(field, text, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String lower, String upper, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            if (!field.equals(WatchFields.PRICE)) {
                throw new ParseException("ranges are only allowed on price, not on '" + field + "'");
            }
            double lo = lower == null || lower.equals("*") ? Double.NEGATIVE_INFINITY : number(lower);
            double hi = upper == null || upper.equals("*") ? Double.POSITIVE_INFINITY : number(upper);
            lo = startInclusive ? lo : Math.nextUp(lo);
            hi = endInclusive ? hi : Math.nextDown(hi);
            return DoublePoint.newRangeQuery(WatchFields.PRICE, lo, hi);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            if (!field.equals(WatchFields.TEXT) && !WatchFields.KEYWORDS.contains(field)) {
                throw new ParseException("prefix search is not allowed on '" + field + "'");
            }
            String value = field.equals(WatchFields.TEXT) ? termStr : WatchFields.keyword(field, termStr);
            return super.getPrefixQuery(field, value);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            throw new ParseException("wildcards other than a trailing * are not allowed in watchlists: '" + termStr + "'");
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            throw new ParseException("fuzzy search is not allowed in watchlists: '" + termStr + "~'");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions are not allowed in watchlists: '/" + termStr + "/'");
        }

        private static long dayStart(String field, String text) throws ParseException {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new ParseException(field + ": needs a date like 2025-03-14, not '" + text + "'");
            }
        }

        private static double number(String text) throws ParseException {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw new ParseException("price: needs a number, not '" + text + "'");
            }
        }
    }
}
