package org.tidewatch.nlp.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.tidewatch.nlp.normalise.NormalisedText;
import org.tidewatch.nlp.normalise.TextNormaliser;
import org.tidewatch.nlp.normalise.Words;

/**
 * Decides a post's main language (ISO 639-1) from its script, the letters only some languages use and each
 * language's function words; OpenNLP's detector runs only on a prefix, and only when that evidence is weak.
 *
 * <p>Codes follow the eval rules: Arabizi is {@code ar}, Dari {@code fa}, Sorani and Kurmanji {@code ku},
 * Serbian in either script {@code sr}. Thread-safe; build one and share it (loading the model takes ~0.5 s).
 */
public final class LanguageIdentifier {
    private static final String MODEL = "/langdetect-183.bin";
    private static final int PREFIX = 300;
    private static final double CLEAR_SCORE = 4.0;
    private static final double CLEAR_RATIO = 1.6;
    private static final int SHORT_WORDS = 8;
    /** What one function word adds: a short post needs at least that much to overrule the detector. */
    private static final double WORD_SCORE = 2.0;
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private final FunctionWords functionWords;
    private final LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detector;

    /** Loads the function-word lists and OpenNLP's {@code langdetect-183} model from the class path. */
    public LanguageIdentifier() {
        this.functionWords = new FunctionWords(new TextNormaliser());
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + MODEL + " is not on the class path");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
        }
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The main language of {@code text}; {@link LanguageGuess#UNDETERMINED} when it has no letters. */
    public LanguageGuess identify(NormalisedText text) {
        String s = text.text();
        ScriptCounts scripts = ScriptCounts.of(s);
        if (scripts.total() == 0) {
            return LanguageGuess.UNDETERMINED;
        }
        Map<String, Double> scores = new HashMap<>();
        UnicodeScript main = scripts.main();
        switch (main) {
            case ARABIC -> LetterEvidence.arabic(text.original(), scores);
            case ETHIOPIC -> LetterEvidence.ethiopic(text.original(), scores);
            case CYRILLIC -> LetterEvidence.cyrillic(s, scores);
            case BENGALI -> {
                // Of the project's languages only Bengali writes this script (Assamese is not read here).
                return new LanguageGuess("bn", 1.0, "bengali script");
            }
            case LATIN -> {
                LetterEvidence.latin(s, scores);
                LetterEvidence.arabizi(s, scores);
            }
            default -> {
                return fromDetector(s, "script " + main.name().toLowerCase(Locale.ROOT), false);
            }
        }
        countFunctionWords(s, scores);
        Map<String, Double> merged = merge(scores);
        String best = null;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : merged.entrySet()) {
            if (e.getValue() > bestScore) {
                second = bestScore;
                bestScore = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        double confidence = bestScore == 0 ? 0 : (bestScore - second) / bestScore;
        String evidence = main.name().toLowerCase(Locale.ROOT) + " script, letters and function words " + merged;
        if (main == UnicodeScript.ETHIOPIC) {
            // OpenNLP has neither Amharic nor Tigrinya; Amharic is the larger language when nothing (or a tie) tells.
            double ti = merged.getOrDefault("ti", 0.0);
            String geez = ti > merged.getOrDefault("am", 0.0) && ti >= bestScore ? "ti"
                    : best == null || best.equals("ti") ? "am" : best;
            return new LanguageGuess(geez, confidence, evidence);
        }
        if (best != null && bestScore >= CLEAR_SCORE && bestScore >= CLEAR_RATIO * second) {
            return new LanguageGuess(best, Math.min(1.0, confidence), evidence);
        }
        if (best != null && second == 0 && bestScore >= WORD_SCORE && isShort(s)) {
            // Whatever the detector said, the rule below would keep the only language with evidence.
            return new LanguageGuess(best, confidence, evidence);
        }
        LanguageGuess detected = fromDetector(s, evidence, true);
        double detectedScore = merged.getOrDefault(detected.code(), 0.0);
        // In Arabic script the letters alone decide (Arabic never writes ی ک ے ێ ټ); a Latin û or ë may be a loan.
        double enough = main == UnicodeScript.ARABIC ? Double.MIN_VALUE : WORD_SCORE;
        boolean overrule = detectedScore == 0 ? bestScore >= CLEAR_SCORE || isShort(s) && bestScore >= enough
                : isShort(s) && bestScore >= WORD_SCORE && bestScore >= 2 * detectedScore;
        if (best != null && overrule) {
            // On a post of a few words the detector guesses from a handful of letters; a function word (with the
            // letters only some languages use) is the better evidence, unless it is weaker than the detector's pick.
            return new LanguageGuess(best, confidence, evidence + "; detector said " + detected.code());
        }
        Set<String> fitting = SCRIPT_LANGUAGES.get(main);
        if (fitting != null && !fitting.contains(detected.code())) {
            // The detector answered with a language of another script ("fa" for a Latin post of digits).
            String fallback = best != null ? best : main == UnicodeScript.LATIN ? "en"
                    : main == UnicodeScript.ARABIC ? "ar" : "sr";
            return new LanguageGuess(fallback, confidence, evidence + "; detector said " + detected.code());
        }
        return detected;
    }

    /** Whether {@code s} has at most {@link #SHORT_WORDS} words of letters. */
    private static boolean isShort(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetter(s.charAt(i));
            if (letter && !inWord && ++words > SHORT_WORDS) {
                return false;
            }
            inWord = letter;
        }
        return true;
    }

    /** The languages posts come in (eval README), plus the ones the detector confuses them with. */
    private static final Set<String> EXPECTED = Set.of("ar", "fa", "ps", "ur", "ku", "tr", "fr",
            "it", "es", "en", "de", "sq", "sr", "hr", "bs", "am", "ti", "pt", "nl", "ru", "so", "bn", "hi", "vi");
    private static final Map<UnicodeScript, Set<String>> SCRIPT_LANGUAGES = Map.of(
            UnicodeScript.ARABIC, Set.of("ar", "fa", "ps", "ur", "ku"),
            UnicodeScript.CYRILLIC, Set.of("sr", "ru", "uk", "mk", "bg"),
            UnicodeScript.LATIN, Set.of("en", "fr", "it", "es", "de", "tr", "sq", "sr", "hr", "bs", "ku", "ar", "pt",
                    "nl", "so", "vi"));

    private void countFunctionWords(String s, Map<String, Double> scores) {
        for (String word : Words.split(s, "")) {
            for (String lang : functionWords.languagesOf(word)) {
                LetterEvidence.add(scores, lang, 2.0);
            }
        }
    }

    /** Folds the list keys into output codes: Sorani into Kurdish, Arabizi into Arabic, Croatian kept apart. */
    private static Map<String, Double> merge(Map<String, Double> scores) {
        Map<String, Double> merged = new HashMap<>();
        scores.forEach((k, v) -> merged.merge(switch (k) {
            case "ku_arab" -> "ku";
            case "arz" -> "ar";
            default -> k;
        }, v, Double::sum));
        // Croatian wins only on words Serbian does not use; shared words all count for Serbian.
        Double hr = merged.remove("hr");
        if (hr != null) {
            merged.merge("sr", 0.0, Double::sum);
            if (hr > merged.get("sr")) {
                merged.put("hr", hr);
            }
        }
        return merged;
    }

    /** OpenNLP on a prefix; with {@code expectedOnly}, the best language this project expects if one is close. */
    private LanguageGuess fromDetector(String s, String evidence, boolean expectedOnly) {
        String prefix = s.length() > PREFIX ? s.substring(0, PREFIX) : s;
        // On short posts the detector's first guess is often a rare language ("la", "eo"): take the best one
        // this project expects, unless nothing it expects is close.
        Language[] ranked = detector.get().predictLanguages(prefix);
        Language lang = ranked[0];
        for (Language l : expectedOnly ? ranked : new Language[0]) {
            String iso1 = ISO3_TO_ISO1.get(l.getLang());
            if (iso1 != null && EXPECTED.contains(iso1) && l.getConfidence() >= ranked[0].getConfidence() / 4) {
                lang = l;
                break;
            }
        }
        String code = ISO3_TO_ISO1.get(lang.getLang());
        if (code == null) {
            return new LanguageGuess("und", 0.0, evidence + "; detector: " + lang.getLang());
        }
        if (code.equals("hr") || code.equals("bs")) {
            code = "sr";
        }
        return new LanguageGuess(code, Math.max(0.0, Math.min(1.0, lang.getConfidence())),
                evidence + "; detector on prefix: " + lang.getLang());
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(Locale.of(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException e) {
                // A code without a three-letter form cannot come out of the detector.
            }
        }
        map.putAll(Map.of("pes", "fa", "prs", "fa", "arb", "ar", "arz", "ar", "ckb", "ku", "kmr", "ku",
                "zlm", "ms", "cmn", "zh", "swh", "sw", "ekk", "et"));
        map.putAll(Map.of("lvs", "lv", "nob", "no", "hbs", "sr", "pnb", "pa", "azj", "az", "uzn", "uz", "khk", "mn"));
        return map;
    }

    /** Letter counts per script in the normalised text: the four project scripts, then any other. */
    private record ScriptCounts(int latin, int arabic, int cyrillic, int ethiopic, Map<UnicodeScript, Integer> others,
                                int total) {
        static ScriptCounts of(String s) {
            int latin = 0;
            int arabic = 0;
            int cyrillic = 0;
            int ethiopic = 0;
            Map<UnicodeScript, Integer> others = null;
            int total = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x80 ? !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') : !Character.isLetter(c)) {
                    continue;
                }
                total++;
                if (c < 0x250) {
                    latin++;
                } else if (c >= 0x600 && c <= 0x6FF || c >= 0x750 && c <= 0x77F || c >= 0xFB50 && c <= 0xFEFF) {
                    arabic++;
                } else if (c >= 0x400 && c <= 0x52F) {
                    cyrillic++;
                } else if (c >= 0x1200 && c <= 0x139F) {
                    ethiopic++;
                } else {
                    others = others == null ? new HashMap<>() : others;
                    others.merge(UnicodeScript.of(c), 1, Integer::sum);
                }
            }
            return new ScriptCounts(latin, arabic, cyrillic, ethiopic, others == null ? Map.of() : others, total);
        }

        /** The script with most letters; ties go to Latin, Arabic, Cyrillic, Ethiopic, then the others. */
        UnicodeScript main() {
            UnicodeScript best = UnicodeScript.LATIN;
            int most = latin;
            if (arabic > most) {
                best = UnicodeScript.ARABIC;
                most = arabic;
            }
            if (cyrillic > most) {
                best = UnicodeScript.CYRILLIC;
                most = cyrillic;
            }
            if (ethiopic > most) {
                best = UnicodeScript.ETHIOPIC;
                most = ethiopic;
            }
            for (Map.Entry<UnicodeScript, Integer> e : others.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                }
            }
            return best;
        }
    }
}
