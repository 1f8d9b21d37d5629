package org.tidewatch.nlp.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the longest phrase that starts at a token. A phrase is a run of folded words; a trailing {@code *}
 * matches any word that starts with the last word; a leading {@code =} asks for a capital first letter in the
 * text (all capitals when the phrase is written in capitals, as airport codes are). With affixes on, a word
 * also matches behind an Arabic-script clitic ({@code و ب ل ال من …}) or in front of a Turkish case suffix
 * ({@code 'den 'e 'ye …}), and the match says which. Built once, then read-only and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    private static final String[] CLITICS = {"وبال", "وال", "بال", "فال", "كال", "ولل", "لل", "ال", "ول", "وب", "وم",
        "و", "ب", "ل", "ف", "م", "ك"};
    private static final String[] GEEZ_CLITICS = {"ካብ", "ናብ", "ወደ", "ከ", "በ", "ለ", "ን", "ብ"};
    /** Case endings tried on Latin and Cyrillic words: Turkish, Kurmanji, Albanian, Serbian. */
    private static final String[] TURKISH = {"ndan", "nden", "ndaki", "ndeki", "daki", "deki", "dan", "den", "tan",
        "ten", "nda", "nde", "ya", "ye", "yê", "na", "ne", "se", "da", "de", "ta", "te", "yi", "yu", "oj", "om", "ju",
        "a", "e", "u", "i", "n", "у", "е", "и", "а"};
    /** Endings that replace a nominative vowel (Serbian Italiju, Preševa; Albanian Belgjika). */
    private static final java.util.Set<String> VOWEL_SWAP = java.util.Set.of("a", "e", "u", "om", "oj", "ju", "у", "е",
        "а", "и");
    /** Words that are never a clitic plus a name (وكالة "agency" is not و + Calais). */
    private static final java.util.Set<String> NO_STRIP = java.util.Set.of("وكاله", "الوكاله", "وكالات", "بكاله", "مليون",
        "ملايين", "مليونين", "مليار", "والمليون", "بمليون", "لمليون", "ومليون");
    private static final String[] ARABIC_SUFFIXES = {"هوه", "وه", "دا", "ه"};
    private static final int WILDCARD_KEY = 3;
    /** Case rule of a phrase written with a leading {@code ~}: its first word must carry a diacritic in the text. */
    private static final int MARKED = 3;

    private record Entry<T>(String[] words, boolean wildcard, int caseRule, T value) {
    }

    /** A phrase found in the tokens {@code [from, to)}; {@code prefix}/{@code suffix} are affixes stripped. */
    public record Match<T>(T value, int from, int to, String prefix, String suffix) {
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    /** One-word wildcard phrases by the hash of their first three chars ({@link #prefixHash}). */
    private final Map<Integer, List<Entry<T>>> byWildcardKey = new HashMap<>();
    /** First four letters of every one-word phrase: a word that starts otherwise cannot match behind an ending. */
    private final java.util.Set<Integer> stemStarts = new java.util.HashSet<>();
    private final boolean affixes;
    private final boolean suffixes;
    private final Tokenizer tokenizer = new Tokenizer();

    /** @param affixes whether Arabic-script clitics and Latin/Cyrillic case endings may be stripped */
    public PhraseIndex(boolean affixes) {
        this(affixes, affixes);
    }

    /**
     * @param clitics  whether Arabic-script and Ge'ez clitics may be stripped from a word's start
     * @param suffixes whether case endings may be stripped from a word's end
     */
    public PhraseIndex(boolean clitics, boolean suffixes) {
        this.affixes = clitics;
        this.suffixes = suffixes;
    }

    /** Adds a phrase; returns false when the same phrase is already there (the first value wins). */
    public boolean add(String phrase, T value) {
        String p = phrase.strip();
        int caseRule = 0;
        if (p.startsWith("=")) {
            p = p.substring(1);
            caseRule = p.equals(p.toUpperCase(java.util.Locale.ROOT)) && p.length() <= 4 ? 2 : 1;
        } else if (p.startsWith("~")) {
            // The first word must be written with its diacritics: Vietnamese "đi" (go), not Italian "di" (of).
            p = p.substring(1);
            caseRule = MARKED;
        }
        boolean wildcard = p.endsWith("*");
        if (wildcard) {
            p = p.substring(0, p.length() - 1);
        }
        List<String> words = new ArrayList<>();
        for (Token t : tokenizer.tokenize(p)) {
            if (t.isWord()) {
                words.add(t.suffix() == null ? t.folded() : t.folded() + "'" + t.suffix());
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        Entry<T> e = new Entry<>(words.toArray(String[]::new), wildcard, caseRule, value);
        boolean singleWildcard = wildcard && words.size() == 1;
        List<Entry<T>> list = singleWildcard
                ? byWildcardKey.computeIfAbsent(prefixHash(words.get(0)), k -> new ArrayList<>(1))
                : byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>(1));
        for (Entry<T> old : list) {
            if (java.util.Arrays.equals(old.words, e.words) && old.wildcard == e.wildcard) {
                return false;
            }
        }
        list.add(e);
        if (words.size() == 1 && words.get(0).length() >= 4) {
            stemStarts.add(firstFour(words.get(0)));
        }
        return true;
    }

    /**
     * The hash of the first four chars, as {@code w.substring(0, 4).hashCode()} without the substring. Only a
     * filter: two stems with one hash cost a needless lookup, never a wrong match.
     */
    private static int firstFour(String w) {
        return ((w.charAt(0) * 31 + w.charAt(1)) * 31 + w.charAt(2)) * 31 + w.charAt(3);
    }

    /** The hash of {@code w}'s first three chars (of all of it when shorter), with no substring made. */
    private static int prefixHash(String w) {
        int h = 0;
        for (int i = 0, n = Math.min(w.length(), WILDCARD_KEY); i < n; i++) {
            h = 31 * h + w.charAt(i);
        }
        return h;
    }

    /** Whether wildcard word {@code e} is filed under the same three-char key as {@code form}, not a hash twin. */
    private static boolean sameKey(String wildcard, String form) {
        return Math.min(wildcard.length(), WILDCARD_KEY) == Math.min(form.length(), WILDCARD_KEY);
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.isWord()) {
            return null;
        }
        Match<T> best = tryForm(tokens, i, first.folded(), null, true);
        if (affixes && !first.folded().isEmpty() && !NO_STRIP.contains(first.folded())) {
            String w = first.folded();
            boolean arabic = Fold.isArabicScript(w.charAt(0));
            boolean geez = w.charAt(0) >= 0x1200 && w.charAt(0) <= 0x139F;
            if (best == null && (arabic || geez)) {
                for (String c : arabic ? CLITICS : GEEZ_CLITICS) {
                    if (w.length() - c.length() >= (arabic ? 3 : 2) && w.startsWith(c)) {
                        best = longer(best, tryForm(tokens, i, w.substring(c.length()), c, false));
                        if (best == null && arabic && c.endsWith("لل")) {
                            // ل + ال writes لل: "للكفرة" is "to الكفرة", a name listed with its article.
                            best = tryForm(tokens, i, "ال" + w.substring(c.length()), c, false);
                        }
                    }
                }
            }
        }
        return best;
    }

    private Match<T> longer(Match<T> a, Match<T> b) {
        if (a == null) {
            return b;
        }
        return b != null && b.to - b.from > a.to - a.from ? b : a;
    }

    private Match<T> tryForm(List<Token> tokens, int i, String form, String prefix, boolean strip) {
        Match<T> best = null;
        List<Entry<T>> exact = byFirst.get(form);
        if (exact != null) {
            for (Entry<T> e : exact) {
                best = longer(best, matchEntry(e, tokens, i, form, prefix));
            }
        }
        List<Entry<T>> wild = byWildcardKey.isEmpty() ? null : byWildcardKey.get(prefixHash(form));
        if (wild != null) {
            for (Entry<T> e : wild) {
                if (form.startsWith(e.words[0]) && sameKey(e.words[0], form) && caseOk(e, tokens.get(i))) {
                    best = longer(best, new Match<>(e.value, i, i + 1, prefix, tokens.get(i).suffix()));
                }
            }
        }
        if (best == null && strip && suffixes && form.length() >= 5 && stemStarts.contains(firstFour(form))) {
            best = stripSuffix(tokens, i, form, prefix);
        }
        return best;
    }

    private Match<T> stripSuffix(List<Token> tokens, int i, String form, String prefix) {
        String[] suffixes = Fold.isArabicScript(form.charAt(0)) ? ARABIC_SUFFIXES : TURKISH;
        for (String s : suffixes) {
            if (form.endsWith(s) && form.length() - s.length() >= 4) {
                String stem = form.substring(0, form.length() - s.length());
                // Serbian and Albanian declensions replace the nominative's final vowel (Italiju → Italija).
                String[] candidates = VOWEL_SWAP.contains(s)
                        ? new String[] {stem, stem + "a", stem + "o", stem + "e", stem + "а", stem + "о"} : new String[] {stem};
                for (String candidate : candidates) {
                    List<Entry<T>> list = byFirst.get(candidate);
                    if (list != null) {
                        for (Entry<T> e : list) {
                            if (e.words.length == 1 && caseOk(e, tokens.get(i))) {
                                return new Match<>(e.value, i, i + 1, prefix, s);
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean caseOk(Entry<?> e, Token t) {
        return e.caseRule == 0 || e.caseRule == 1 && t.caps() >= 1 || e.caseRule == 2 && t.caps() == 2
                || e.caseRule == MARKED && t.marked();
    }

    private Match<T> matchEntry(Entry<T> e, List<Token> tokens, int i, String firstForm, String prefix) {
        if (!caseOk(e, tokens.get(i))) {
            return null;
        }
        int k = i;
        String suffix = tokens.get(i).suffix();
        for (int w = 1; w < e.words.length; w++) {
            k++;
            while (k < tokens.size() && tokens.get(k).kind() == Token.Kind.TIGHT_DASH) {
                k++;
            }
            if (k >= tokens.size() || !tokens.get(k).isWord()) {
                return null;
            }
            String tw = tokens.get(k).folded();
            String ew = e.words[w];
            boolean last = w == e.words.length - 1;
            boolean full = tokens.get(k).suffix() != null && ew.equals(tw + "'" + tokens.get(k).suffix());
            if (full) {
                suffix = null;
            } else if (tw.equals(ew) || last && e.wildcard && tw.startsWith(ew)) {
                suffix = tokens.get(k).suffix();
            } else if (last && suffixes && tw.startsWith(ew) && isTurkishSuffix(tw.substring(ew.length()))) {
                suffix = tw.substring(ew.length());
            } else {
                return null;
            }
        }
        if (e.words.length == 1 && !e.wildcard && !firstForm.equals(e.words[0])) {
            return null;
        }
        return new Match<>(e.value, i, k + 1, prefix, suffix);
    }

    private static boolean isTurkishSuffix(String s) {
        for (String t : TURKISH) {
            if (t.equals(s)) {
                return true;
            }
        }
        return false;
    }
}
