package org.tidewatch.nlp.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void turnsArabicIndicAndPersianDigitsIntoAscii() {
        assertThat(normaliser.normalise("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹").text()).isEqualTo("0123456789 0123456789");
    }

    @Test
    void foldsArabicLetterVariantsToOneCanonicalForm() {
        // alef forms, alef maqsura, teh marbuta, Persian keheh and yeh, tatweel and harakat
        assertThat(normaliser.normalise("أإآٱ").text()).isEqualTo("اااا");
        assertThat(normaliser.normalise("على رحلة").text()).isEqualTo("علي رحله");
        assertThat(normaliser.normalise("کشتی").text()).isEqualTo("كشتي");
        assertThat(normaliser.normalise("مـــرحبا").text()).isEqualTo("مرحبا");
        assertThat(normaliser.normalise("مَرْحَبًا").text()).isEqualTo("مرحبا");
    }

    @Test
    void keepsLettersThatTellLanguagesApart() {
        assertThat(normaliser.normalise("پ چ ژ گ ټ ښ ڕ ێ ۆ ڵ ٹ ں").text()).isEqualTo("پ چ ژ گ ټ ښ ڕ ێ ۆ ڵ ٹ ں");
    }

    @Test
    void removesZeroWidthCharactersAndTurnsEmojiIntoSeparators() {
        NormalisedText t = normaliser.normalise("091\uD83D\uDCDE234\u200B5678");
        assertThat(t.text()).isEqualTo("091 2345678");
        assertThat(normaliser.normalise("hello 👋🏽 world").text()).isEqualTo("hello world");
    }

    @Test
    void keepsKeycapAndFullwidthDigits() {
        assertThat(normaliser.normalise("0️⃣9️⃣1️⃣ ９１").text()).isEqualTo("091 91");
    }

    @Test
    void lowerCasesAndKeepsLatinDiacriticsButFoldsThemInFolded() {
        NormalisedText t = normaliser.normalise("ÇAVA Tunisie DÉPART İstanbul şehir");
        assertThat(t.text()).isEqualTo("çava tunisie départ istanbul şehir");
        assertThat(t.folded()).isEqualTo("cava tunisie depart istanbul sehir");
    }

    @Test
    void composesCombiningAccents() {
        assertThat(normaliser.normalise("de\u0301part").text()).isEqualTo("départ");
    }

    @Test
    void mapsArrowsAndPunctuation() {
        assertThat(normaliser.normalise("Zuwara ➡️ Lampedusa ⇄ Sfax ⬅ x").text()).isEqualTo("zuwara → lampedusa ↔ sfax ← x");
        assertThat(normaliser.normalise("نعم، لا؛ كم؟ ٣٫٥ ٪").text()).isEqualTo("نعم, لا; كم? 3.5 %");
        assertThat(normaliser.normalise("l’italie – 3000").text()).isEqualTo("l'italie - 3000");
        assertThat(normaliser.normalise("ሰላም፡ዓለም።").text()).isEqualTo("ሰላም ዓለም.");
    }

    @Test
    void collapsesWhitespaceKeepingLineBreaks() {
        assertThat(normaliser.normalise("a  \t b \n\n  c").text()).isEqualTo("a b\nc");
    }

    @Test
    void mapsEveryCharacterBackToTheOriginal() {
        String original = "سعر ٣٠٠٠ 💶 يورو";
        NormalisedText t = normaliser.normalise(original);
        int s = t.text().indexOf("3000");
        assertThat(t.originalText(s, s + 4)).isEqualTo("٣٠٠٠");
        int y = t.text().indexOf("يورو");
        assertThat(t.originalStart(y)).isEqualTo(original.indexOf("يورو"));
        assertThat(t.originalEnd(y + 3)).isEqualTo(original.length());
        assertThat(t.originalStart(t.length())).isEqualTo(original.length());
    }

    @Test
    void dropsTatweelWithoutLosingTheOffsetsAroundIt() {
        NormalisedText t = normaliser.normalise("بـحـر");
        assertThat(t.text()).isEqualTo("بحر");
        assertThat(t.originalText(0, 3)).isEqualTo("بـحـر");
    }

    @Test
    void handlesEmptyTextAndRejectsNull() {
        assertThat(normaliser.normalise("").length()).isZero();
        assertThatThrownBy(() -> normaliser.normalise(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
        assertThatThrownBy(() -> normaliser.normalise("ab").originalText(1, 3))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("span [1, 3) outside 0..2");
    }
}
