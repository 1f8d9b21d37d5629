package org.tidewatch.nlp.heldout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints {@link EvalScorer}'s report, per-language table included: {@code EvalScoreMain GOLD.jsonl PRED.jsonl}. */
public final class EvalScoreMain {
    private EvalScoreMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EvalScoreMain GOLD.jsonl PRED.jsonl");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> gold = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Map<String, JsonNode> pred = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode p = json.readTree(line);
                pred.put(p.path("id").asText(), p);
            }
        }
        EvalScorer scorer = new EvalScorer();
        for (String line : gold) {
            if (!line.isBlank()) {
                JsonNode g = json.readTree(line);
                scorer.add(g, pred.get(g.path("id").asText()));
            }
        }
        System.out.print(scorer.report());
    }
}
