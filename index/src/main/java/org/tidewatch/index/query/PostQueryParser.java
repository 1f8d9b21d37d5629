package org.tidewatch.index.query;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.tidewatch.core.Enrichment;
import org.tidewatch.index.IndexSettings;
import org.tidewatch.index.QuerySyntaxException;
import org.tidewatch.index.analysis.LanguageAnalyzers;
import org.tidewatch.index.schema.Fields;
import org.tidewatch.index.schema.PostDocuments;

/**
 * The Tidewatch query language, turned into Lucene queries over the index schema. The one parser used by the
 * CLI, the HTTP API and the watchlists. Thread-safe.
 *
 * <p>Free text (words, "phrases", {@code prefix*}) searches every language: the folded words, each
 * language's stems and, for glossary words, their concept in every other language. Terms combine
 * with AND (implicit), OR, NOT / {@code -}, and parentheses. Fields: see {@link #FIELDS}.
 */
public final class PostQueryParser {
    /** The field names the language knows. */
    public static final Set<String> FIELDS = new TreeSet<>(Set.of("phone", "handle", "author", "platform", "source",
            "lang", "from", "to", "route", "category", "offer", "price", "after", "before", "region", "id", "group",
            "reason"));

    static final Pattern PHONE_CHARS = Pattern.compile("[0-9()+\\-./]+");
    /**
     * A time range that the engine may run from the points (when it leads the query) or check per hit from the doc
     * values (when a selective word leads): a month of a year-long index is cheaper to check on the word's hits than
     * to collect in full.
     */
    private static Query timeRange(long from, long to) {
        return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(Fields.TIME, from, to),
                NumericDocValuesField.newSlowRangeQuery(Fields.TIME, from, to));
    }

    private static final Pattern RANGE = Pattern.compile("[\\[{]\\s*(\\S+)\\s+TO\\s+(\\S+)\\s*[]}]");

    private final LanguageAnalyzers analyzers;
    private final IndexSettings settings;
    private final FreeTextQueries freeText;

    public PostQueryParser(LanguageAnalyzers analyzers, IndexSettings settings) {
        this.analyzers = analyzers;
        this.settings = settings;
        this.freeText = new FreeTextQueries(analyzers, settings.defaultRegion());
    }

    /** The Lucene query of a Tidewatch query, with the configured default offer filter. */
    public Query parse(String query) {
        return parse(query, settings.defaultOffer());
    }

    /**
     * The Lucene query of a Tidewatch query.
     *
     * @param defaultOffer applied when the query does not mention {@code offer:}
     * @throws QuerySyntaxException with the zero-based position and a one-line message
     */
    public Query parse(String query, OfferFilter defaultOffer) {
        Run run = new Run(query == null ? "" : query);
        Query q = run.parse();
        if (run.sawOffer || defaultOffer == OfferFilter.ANY) {
            return q;
        }
        return new BooleanQuery.Builder().add(q, Occur.MUST)
                .add(offerQuery(defaultOffer == OfferFilter.TRUE), Occur.FILTER).build();
    }

    private static Query offerQuery(boolean offer) {
        return new TermQuery(new Term(Fields.IS_OFFER, Boolean.toString(offer)));
    }

    /** An operand: a query, possibly negated; null stands for "no constraint" (region:, punctuation). */
    private record Operand(Query query, boolean negated, TimeSpan span) {
        Operand(Query query, boolean negated) {
            this(query, negated, null);
        }

        Query positive() {
            if (!negated) {
                return query;
            }
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST).add(query, Occur.MUST_NOT).build();
        }
    }

    /** The published-time window of an {@code after:} or {@code before:} operand, both ends in epoch millis, inclusive. */
    private record TimeSpan(long from, long to) {
        TimeSpan and(TimeSpan other) {
            return new TimeSpan(Math.max(from, other.from), Math.min(to, other.to));
        }

        Query query() {
            return from > to ? new MatchNoDocsQuery("after: is later than before:")
                    : new ConstantScoreQuery(timeRange(from, to));
        }
    }

    /** The state of one parse. */
    private final class Run {
        private final String text;
        private final List<Token> tokens;
        private int i;
        private String region;
        private boolean sawOffer;

        Run(String text) {
            this.text = text;
            this.tokens = Lexer.tokens(text);
            this.region = settings.defaultRegion();
            for (Token t : tokens) {
                if (t.kind() == Token.Kind.FIELD && t.field().equals("region")) {
                    if (!PhoneTerms.isRegion(t.text())) {
                        throw error(t.valuePos(), "region: expects a two-letter country code such as LY, got '" + t.text() + "'");
                    }
                    region = t.text().toUpperCase(Locale.ROOT);
                }
            }
        }

        Query parse() {
            if (tokens.isEmpty()) {
                return new MatchAllDocsQuery();
            }
            Operand op = or();
            if (i < tokens.size()) {
                Token t = tokens.get(i);
                throw error(t.position(), "')' without a matching '('");
            }
            return op == null ? new MatchAllDocsQuery() : op.positive();
        }

        private Operand or() {
            List<Operand> ops = new ArrayList<>();
            ops.add(and());
            while (peek(Token.Kind.OR)) {
                Token or = tokens.get(i++);
                requireOperand(or);
                ops.add(and());
            }
            List<Operand> real = ops.stream().filter(o -> o != null).toList();
            if (real.size() <= 1) {
                return real.isEmpty() ? null : real.get(0);
            }
            // One flat disjunction of every word's forms, concepts and places, so the engine prunes them one by one.
            return new Operand(FlatDisjunction.of(real.stream().map(Operand::positive).toList()), false);
        }

        private Operand and() {
            List<Operand> ops = new ArrayList<>();
            ops.add(unary());
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.AND) {
                    i++;
                    requireOperand(t);
                } else if (t.kind() == Token.Kind.OR || t.kind() == Token.Kind.RPAREN) {
                    break;
                }
                ops.add(unary());
            }
            List<Operand> real = ops.stream().filter(o -> o != null).toList();
            if (real.size() == 1) {
                return real.get(0);
            }
            if (real.isEmpty()) {
                return null;
            }
            real = mergeTimeSpans(real);
            if (real.size() == 1) {
                return real.get(0);
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            boolean positive = false;
            for (Operand o : real) {
                b.add(o.query(), o.negated() ? Occur.MUST_NOT : Occur.MUST);
                positive |= !o.negated();
            }
            if (!positive) {
                b.add(new MatchAllDocsQuery(), Occur.MUST);
            }
            return new Operand(b.build(), false);
        }

        /**
         * {@code after:} and {@code before:} of one conjunction as one time range: one range of a month is far fewer
         * documents to intersect than a range from that month on and another up to it.
         */
        private List<Operand> mergeTimeSpans(List<Operand> ops) {
            TimeSpan span = null;
            List<Operand> out = new ArrayList<>(ops.size());
            int at = -1;
            for (Operand o : ops) {
                if (o.span() != null && !o.negated()) {
                    span = span == null ? o.span() : span.and(o.span());
                    if (at < 0) {
                        at = out.size();
                        out.add(o);
                    }
                } else {
                    out.add(o);
                }
            }
            if (span != null) {
                out.set(at, new Operand(span.query(), false, span));
            }
            return out;
        }

        private Operand unary() {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.NOT) {
                i++;
                requireOperand(t);
                Operand inner = unary();
                return inner == null ? null : new Operand(inner.query(), !inner.negated());
            }
            return primary();
        }

        private Operand primary() {
            Token t = tokens.get(i++);
            switch (t.kind()) {
                case LPAREN -> {
                    if (peek(Token.Kind.RPAREN)) {
                        throw error(t.position(), "empty parentheses");
                    }
                    if (i >= tokens.size()) {
                        throw error(t.position(), "'(' is never closed");
                    }
                    Operand inner = or();
                    if (!peek(Token.Kind.RPAREN)) {
                        throw error(t.position(), "'(' is never closed");
                    }
                    i++;
                    return inner;
                }
                case RPAREN -> throw error(t.position(), "')' without a matching '('");
                case AND, OR -> throw error(t.position(), t.text() + " needs a term before it");
                case WORD -> {
                    return wrap(freeText.query(t.text(), false));
                }
                case PHRASE -> {
                    return wrap(freeText.query(t.text(), true));
                }
                case FIELD -> {
                    Query q = field(t);
                    TimeSpan span = timeSpan(t);
                    return span == null ? wrap(q) : new Operand(q, false, span);
                }
                default -> throw error(t.position(), "unexpected " + t.text());
            }
        }

        /** The time window of an {@code after:} or {@code before:} token (its value already checked non-empty), else null. */
        private TimeSpan timeSpan(Token t) {
            return switch (t.field()) {
                case "after" -> new TimeSpan(day(t, t.text().strip()), Long.MAX_VALUE);
                case "before" -> new TimeSpan(Long.MIN_VALUE, day(t, t.text().strip()) - 1);
                default -> null;
            };
        }

        private Operand wrap(Query q) {
            return q == null ? null : new Operand(q, false);
        }

        private boolean peek(Token.Kind kind) {
            return i < tokens.size() && tokens.get(i).kind() == kind;
        }

        private void requireOperand(Token operator) {
            if (i >= tokens.size() || peek(Token.Kind.RPAREN) || peek(Token.Kind.OR) || peek(Token.Kind.AND)) {
                throw error(operator.position(), operator.text() + " has nothing after it");
            }
        }

        private Query field(Token t) {
            String v = t.text().strip();
            if (v.isEmpty()) {
                throw error(t.valuePos(), t.field() + ": needs a value");
            }
            return switch (t.field()) {
                case "phone" -> phone(t);
                case "handle" -> filter(new TermQuery(new Term(Fields.HANDLE, PostDocuments.handle(v))));
                case "author" -> author(v);
                case "platform" -> keyword(Fields.PLATFORM, v.toLowerCase(Locale.ROOT));
                case "source" -> keyword(Fields.SOURCE, v);
                case "lang" -> keyword(Fields.LANG, v.toLowerCase(Locale.ROOT));
                case "id" -> keyword(Fields.ID, v);
                case "group" -> filter(GroupQueries.members(v));
                case "reason" -> keyword(Fields.REASON, v);
                case "from" -> place(v, Fields.FROM_COUNTRY, Fields.FROM_PLACE);
                case "to" -> place(v, Fields.TO_COUNTRY, Fields.TO_PLACE);
                case "route" -> route(t, v);
                case "category" -> category(t, v);
                case "offer" -> offer(t, v);
                case "price" -> price(t, v);
                case "after", "before" -> timeSpan(t).query();
                case "region" -> null;
                default -> {
                    if (v.startsWith("//")) { // a URL typed as free text
                        yield freeText.query(t.field() + ":" + v, false);
                    }
                    throw error(t.position(), "unknown field '" + t.field() + ":' (known: "
                            + String.join(", ", FIELDS) + ")");
                }
            };
        }

        private Query phone(Token t) {
            StringBuilder number = new StringBuilder(t.text());
            if (!t.quoted()) {
                // An unquoted number may be written in groups: phone:+218 91 234 5678
                while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD
                        && PHONE_CHARS.matcher(tokens.get(i).text()).matches()) {
                    number.append(' ').append(tokens.get(i++).text());
                }
            }
            String e164 = PhoneTerms.e164(number.toString(), region);
            if (e164 == null) {
                throw error(t.valuePos(), "phone: '" + number + "' is not a phone number"
                        + (region == null ? " (write it with + and the country code, or add region:XX)" : " in region " + region));
            }
            return filter(new TermQuery(new Term(Fields.PHONE, e164)));
        }

        private Query author(String v) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(new TermQuery(new Term(Fields.AUTHOR, v.toLowerCase(Locale.ROOT))), Occur.SHOULD);
            b.add(new TermQuery(new Term(Fields.AUTHOR, PostDocuments.handle(v))), Occur.SHOULD);
            Query name = FreeTextQueries.terms(Fields.AUTHOR_NAME, FreeTextQueries.tokens(analyzers.folded(), Fields.AUTHOR_NAME, v));
            if (name != null) {
                b.add(name, Occur.SHOULD);
            }
            return filter(b.build());
        }

        private Query place(String v, String countryField, String placeField) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            String code = Places.countryCode(v);
            if (code != null) {
                b.add(new TermQuery(Fields.term(countryField, code)), Occur.SHOULD);
            }
            b.add(new TermQuery(Fields.term(placeField, Places.fold(v))), Occur.SHOULD);
            return filter(b.build());
        }

        private Query route(Token t, String v) {
            int gt = v.indexOf('>');
            if (gt < 0 || v.indexOf('>', gt + 1) >= 0) {
                throw error(t.valuePos(), "route: expects FROM>TO such as LY>IT or Zuwara>Lampedusa, got '" + v + "'");
            }
            String from = v.substring(0, gt).strip();
            String to = v.substring(gt + 1).strip();
            boolean anyFrom = from.isEmpty() || from.equals("*") || from.equals("?");
            boolean anyTo = to.isEmpty() || to.equals("*") || to.equals("?");
            if (anyFrom && anyTo) {
                throw error(t.valuePos(), "route: needs at least one end, got '" + v + "'");
            }
            String fromCode = anyFrom ? null : Places.countryCode(from);
            String toCode = anyTo ? null : Places.countryCode(to);
            if ((anyFrom || fromCode != null) && (anyTo || toCode != null)) {
                if (!anyFrom && !anyTo) {
                    return keyword(Fields.ROUTE, fromCode + ">" + toCode);
                }
                return anyFrom ? keyword(Fields.TO_COUNTRY, toCode) : keyword(Fields.FROM_COUNTRY, fromCode);
            }
            if (!anyFrom && !anyTo && fromCode == null && toCode == null) {
                return keyword(Fields.ROUTE_PLACE, Places.fold(from) + ">" + Places.fold(to));
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (!anyFrom) {
                b.add(place(from, Fields.FROM_COUNTRY, Fields.FROM_PLACE), Occur.MUST);
            }
            if (!anyTo) {
                b.add(place(to, Fields.TO_COUNTRY, Fields.TO_PLACE), Occur.MUST);
            }
            return filter(b.build());
        }

        private Query category(Token t, String v) {
            String c = v.toLowerCase(Locale.ROOT);
            if (!Enrichment.CATEGORIES.contains(c)) {
                throw error(t.valuePos(), "category: must be one of " + String.join(", ", new TreeSet<>(Enrichment.CATEGORIES))
                        + ", got '" + v + "'");
            }
            return keyword(Fields.CATEGORY, c);
        }

        private Query offer(Token t, String v) {
            sawOffer = true;
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> filter(offerQuery(true));
                case "false", "no" -> filter(offerQuery(false));
                case "any", "all" -> null;
                default -> throw error(t.valuePos(), "offer: must be true, false or any, got '" + v + "'");
            };
        }

        private Query price(Token t, String v) {
            var m = RANGE.matcher(v);
            if (!m.matches()) {
                throw error(t.valuePos(), "price: expects a EUR range such as [1000 TO 5000], got '" + v + "'");
            }
            double min = bound(t, m.group(1), Double.NEGATIVE_INFINITY);
            double max = bound(t, m.group(2), Double.POSITIVE_INFINITY);
            if (v.charAt(0) == '{' && min != Double.NEGATIVE_INFINITY) {
                min = Math.nextUp(min);
            }
            if (v.charAt(v.length() - 1) == '}' && max != Double.POSITIVE_INFINITY) {
                max = Math.nextDown(max);
            }
            if (min > max) {
                throw error(t.valuePos(), "price: range is empty, " + m.group(1) + " is above " + m.group(2));
            }
            return filter(DoublePoint.newRangeQuery(Fields.PRICE_EUR, min, max));
        }

        private double bound(Token t, String s, double open) {
            if (s.equals("*")) {
                return open;
            }
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw error(t.valuePos(), "price: '" + s + "' is not a number");
            }
        }

        private long day(Token t, String v) {
            try {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw error(t.valuePos(), t.field() + ": expects a date YYYY-MM-DD, got '" + v + "'");
            }
        }

        private Query keyword(String field, String value) {
            return filter(new TermQuery(Fields.term(field, value)));
        }

        private Query filter(Query q) {
            return new ConstantScoreQuery(q);
        }

        private QuerySyntaxException error(int position, String message) {
            return new QuerySyntaxException("position " + position + ": " + message, position);
        }
    }
}
