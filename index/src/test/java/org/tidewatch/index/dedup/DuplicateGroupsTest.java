package org.tidewatch.index.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateGroupsTest {
    private static final String ADVERT = "Safe boat trip from Sfax to Lampedusa every Friday night, big boat with life jackets, "
            + "price 3000 euro, places are limited, call or write on WhatsApp";

    @Test
    void repostWithSmallEditsJoinsTheFirstPostsGroup() {
        DuplicateGroups groups = new DuplicateGroups(100);
        assertThat(groups.assign("a", ADVERT)).isEqualTo("a");
        assertThat(groups.assign("b", ADVERT.replace("Friday", "Saturday"))).isEqualTo("a");
        assertThat(groups.assign("c", "!!! " + ADVERT.toUpperCase() + " 🚤🚤")).isEqualTo("a");
    }

    @Test
    void differentTextStartsItsOwnGroup() {
        DuplicateGroups groups = new DuplicateGroups(100);
        groups.assign("a", ADVERT);
        assertThat(groups.assign("d", "Weather forecast for the Channel: strong winds and high waves expected this week"))
                .isEqualTo("d");
    }

    @Test
    void shortTextsAreNeverGrouped() {
        DuplicateGroups groups = new DuplicateGroups(100);
        assertThat(groups.assign("a", "call me now")).isEqualTo("a");
        assertThat(groups.assign("b", "call me now")).isEqualTo("b");
        assertThat(Signature.of("call me now")).isNull();
    }

    @Test
    void textsOlderThanTheWindowAreForgotten() {
        DuplicateGroups groups = new DuplicateGroups(2);
        groups.assign("a", ADVERT);
        groups.assign("x", "a completely different text about the weather in the channel today");
        groups.assign("y", "another unrelated sentence on football results from the weekend games");
        assertThat(groups.assign("b", ADVERT)).isEqualTo("b");
        assertThat(groups.size()).isEqualTo(2);
    }

    @Test
    void signatureSurvivesItsBinaryForm() {
        Signature s = Signature.of(ADVERT);
        byte[] bytes = s.toBytes();
        assertThat(Signature.fromBytes(bytes, 0, bytes.length).similarity(s)).isEqualTo(1.0);
        assertThat(s.similarity(Signature.of(ADVERT.replace("Friday", "Saturday")))).isBetween(0.6, 0.99);
    }

    @Test
    void arabicVariantsAndDiacriticsNormaliseAway() {
        String plain = "رحلة بحرية من زوارة الى لامبيدوزا قارب كبير وآمن السعر ثلاثة آلاف";
        String marked = "رِحلة بحرية من زوارة إلى لامبيدوزا قارب كبيـــر وأمن السعر ثلاثة الاف";
        assertThat(Signature.of(plain).similarity(Signature.of(marked))).isEqualTo(1.0);
    }
}
