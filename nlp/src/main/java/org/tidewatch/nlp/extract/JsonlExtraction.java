package org.tidewatch.nlp.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import org.tidewatch.core.Enrichment;
import org.tidewatch.core.Price;
import org.tidewatch.core.Reason;
import org.tidewatch.core.Route;
import org.tidewatch.nlp.EnrichHints;
import org.tidewatch.nlp.Enricher;

/**
 * The {@code extract} contract of DESIGN.md: one JSON object in, one out, per line, in input order. A broken or
 * empty line yields an object with an {@code error} field instead of stopping the run.
 */
public final class JsonlExtraction {
    private final Enricher enricher;
    private final ObjectMapper json = new ObjectMapper();

    public JsonlExtraction(Enricher enricher) {
        this.enricher = enricher;
    }

    /** Counts of what a run did. */
    public record Summary(int lines, int errors) {
    }

    /** Reads every line of {@code in} and writes one result line per input line to {@code out}. */
    public Summary run(BufferedReader in, Writer out) throws IOException {
        int lines = 0;
        int errors = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lines++;
            ObjectNode result = extractLine(line, lines);
            if (result.has("error")) {
                errors++;
            }
            out.write(json.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new Summary(lines, errors);
    }

    /** The output object for one input line. */
    public ObjectNode extractLine(String line, int lineNumber) {
        ObjectNode out = json.createObjectNode();
        if (line.isBlank()) {
            out.putNull("id");
            out.put("error", "line " + lineNumber + ": empty line");
            return out;
        }
        JsonNode in;
        try {
            in = json.readTree(line);
        } catch (JsonProcessingException e) {
            out.putNull("id");
            out.put("error", "line " + lineNumber + ": not JSON: " + e.getOriginalMessage());
            return out;
        }
        if (!in.isObject()) {
            out.putNull("id");
            out.put("error", "line " + lineNumber + ": not a JSON object");
            return out;
        }
        JsonNode id = in.get("id");
        if (id == null || id.isNull()) {
            out.putNull("id");
        } else {
            out.put("id", id.asText());
        }
        JsonNode text = in.get("text");
        if (text == null || !text.isTextual()) {
            out.put("error", "line " + lineNumber + ": missing string field 'text'");
            return out;
        }
        String platform = in.hasNonNull("platform") ? in.get("platform").asText() : null;
        String region = in.hasNonNull("region") ? in.get("region").asText() : null;
        try {
            write(out, enricher.enrich(text.asText(), new EnrichHints(platform, region)));
        } catch (RuntimeException e) {
            // The enricher's contract is never to throw; if it does, this line reports it and the run goes on.
            out.put("error", "line " + lineNumber + ": enrichment failed: " + e);
        }
        return out;
    }

    /** Writes an enrichment's fields in the contract's shape. */
    public static void write(ObjectNode out, Enrichment e) {
        out.put("lang", e.lang());
        out.put("is_offer", e.isOffer());
        out.put("score", Math.round(e.score() * 1000) / 1000.0);
        if (e.category() == null) {
            out.putNull("category");
        } else {
            out.put("category", e.category());
        }
        ArrayNode reasons = out.putArray("reasons");
        for (Reason r : e.reasons()) {
            reasons.add(r.display());
        }
        ArrayNode prices = out.putArray("prices");
        for (Price p : e.prices()) {
            ObjectNode pn = prices.addObject();
            pn.put("amount", p.amount());
            pn.put("currency", p.currency());
        }
        ArrayNode routes = out.putArray("routes");
        for (Route r : e.routes()) {
            ObjectNode rn = routes.addObject();
            rn.put("from", r.from());
            rn.put("from_country", r.fromCountry());
            rn.put("to", r.to());
            rn.put("to_country", r.toCountry());
        }
        ArrayNode phones = out.putArray("phones");
        e.phones().forEach(phones::add);
        ArrayNode handles = out.putArray("handles");
        e.handles().forEach(handles::add);
    }
}
