package org.tidewatch.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidewatch.core.Price;
import org.tidewatch.nlp.handle.HandleExtractor;
import org.tidewatch.nlp.lang.LanguageGuess;
import org.tidewatch.nlp.lang.LanguageIdentifier;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;
import org.tidewatch.nlp.phone.PhoneExtractor;
import org.tidewatch.nlp.phone.PhoneMatch;
import org.tidewatch.nlp.phone.RegionHints;
import org.tidewatch.nlp.price.PriceExtractor;

/**
 * Measures this branch's extractors (language, phones, prices) on an eval file without the full enricher:
 * {@code ExtractorsEvalMain IN.jsonl OUT.jsonl}, then score OUT with the eval's {@code score.py}.
 * Only the text and platform are read from the input; labels are never looked at.
 */
public final class ExtractorsEvalMain {
    private ExtractorsEvalMain() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TextNormaliser normaliser = new TextNormaliser();
        LanguageIdentifier languages = new LanguageIdentifier();
        PhoneExtractor phones = new PhoneExtractor();
        PriceExtractor prices = new PriceExtractor();
        HandleExtractor handles = new HandleExtractor();
        RegionHints hints = new RegionHints();
        boolean verbose = args.length > 2;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode row = json.readTree(line);
                NormalisedText text = normaliser.normalise(row.get("text").asText());
                LanguageGuess lang = languages.identify(text);
                List<String> regions = hints.regionsFor(text, lang.code(), null);
                ObjectNode o = json.createObjectNode();
                o.put("id", row.get("id").asText());
                o.put("lang", lang.code());
                o.put("is_offer", false);
                o.putNull("category");
                ArrayNode ps = o.putArray("prices");
                for (Price p : prices.extract(text, lang.code(), regions)) {
                    ps.addObject().put("amount", p.amount()).put("currency", p.currency());
                }
                o.putArray("routes");
                ArrayNode ph = o.putArray("phones");
                List<String> seen = new ArrayList<>();
                for (PhoneMatch m : phones.extract(text, regions)) {
                    ph.add(m.e164());
                    seen.add(m.e164());
                }
                ArrayNode hs = o.putArray("handles");
                handles.extract(text).forEach(hs::add);
                if (verbose) {
                    o.put("evidence", lang.evidence());
                    o.put("regions", String.join(",", regions));
                }
                out.write(json.writeValueAsString(o));
                out.write('\n');
            }
        }
    }
}
