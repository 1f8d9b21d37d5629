package org.tidewatch.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.EnrichedPost;
import org.tidewatch.core.Reason;
import org.tidewatch.core.store.Database;

class ReferralBuilderTest {
    private final ReferralStore store = new ReferralStore(Database.inMemory("ref-" + UUID.randomUUID()));
    private final ReferralBuilder builder = new ReferralBuilder(store, HumanitarianGuard.standard(),
            ReferralSettings.defaults("Liaison Unit", "liaison@police.example"),
            Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void buildsOnePackagePerPlatformWithItsOwnItems() {
        List<ReferralPackage> pkgs = builder.build(List.of(
                Posts.offer("telegram", "1", "en", "Boat from Zuwara to Lampedusa, 4000 euro, +218 91 2345678"),
                Posts.offer("facebook", "2", "fr", "Passage Sfax Lampedusa 3000 dinars, +216 20 123 456"),
                Posts.offer("telegram", "3", "ar", "حرقة من زوارة إلى لامبيدوزا")), null, "query: x", "liaison1", false);

        assertThat(pkgs).extracting(ReferralPackage::platform).containsExactly("telegram", "facebook");
        assertThat(pkgs.get(0).items()).extracting(ReferralItem::postId).containsExactly("telegram:1", "telegram:3");
        assertThat(pkgs.get(1).items()).extracting(ReferralItem::postId).containsExactly("facebook:2");
        assertThat(pkgs.get(0).id()).startsWith("R-20261120-120000-telegram-");
        assertThat(pkgs.get(0).urls()).containsExactly("https://telegram.example/p/1", "https://telegram.example/p/3");
    }

    @Test
    void marksPostsAlreadyReferredToTheSamePlatformAndLeavesThemOutUnlessReReferred() {
        EnrichedPost post = Posts.offer("telegram", "7", "en", "Crossing to Lampedusa Friday, 4000 euro");
        ReferralPackage first = builder.build(List.of(post), null, "q", "liaison1", false).getFirst();
        store.save(first);

        ReferralPackage second = builder.build(List.of(post), null, "q", "liaison1", false).getFirst();
        assertThat(second.items()).isEmpty();
        assertThat(second.excluded()).containsExactly(new Exclusion("telegram:7", "telegram",
                "https://telegram.example/p/7", Exclusion.Kind.ALREADY_REFERRED,
                "already referred to telegram in report " + first.id()));

        ReferralPackage again = builder.build(List.of(post), null, "q", "liaison1", true).getFirst();
        assertThat(again.items()).extracting(ReferralItem::postId).containsExactly("telegram:7");
    }

    @Test
    void aPostReferredToOnePlatformMayStillBeReferredToAnother() {
        store.save(builder.build(List.of(Posts.offer("telegram", "8", "en", "Boat to Lampedusa 4000 euro")), null,
                "q", "l", false).getFirst());
        ReferralPackage fb = builder.build(List.of(Posts.offer("facebook", "8", "en", "Boat to Lampedusa 4000 euro")),
                null, "q", "l", false).getFirst();
        assertThat(fb.items()).hasSize(1);
    }

    @Test
    void holdsBackHumanitarianPostsInSeveralLanguagesAndSaysWhy() {
        List<EnrichedPost> posts = List.of(
                Posts.offer("telegram", "h1", "en", "Boat in distress near Lampedusa? Call Alarm Phone now, 4000 people rescued this year"),
                Posts.offer("telegram", "h2", "ar", "إذا كنت في خطر اتصل بالهلال الأحمر، لا تخاطر بحياتك في البحر"),
                Posts.offer("telegram", "h3", "fa", "لطفا کمک کنید، برادرم از قایق به ایتالیا خبری ندارد"),
                Posts.offer("telegram", "h4", "ti", "ሓግዙና፡ ጀልባና ኣብ ባሕሪ ጠፊኣ"),
                Posts.offer("telegram", "h5", "it", "Secondo la polizia, tre scafisti arrestati a Lampedusa"),
                Posts.post("telegram", "h6", "en", "Waiting in Zuwara, anyone know the price to Lampedusa?", true,
                        "sea_crossing", List.of(new Reason("demand.seek", "anyone know", "demand side: someone looking for a smuggler or help", -1.2))),
                Posts.post("telegram", "h7", "en", "Lovely weather at the harbour today", false, null, List.of()),
                Posts.offer("telegram", "ok", "en", "Seats left on Friday boat Zuwara Lampedusa, 4000 euro"));

        ReferralPackage pkg = builder.build(posts, "telegram", "q", "l", false).getFirst();

        assertThat(pkg.items()).extracting(ReferralItem::postId).containsExactly("telegram:ok");
        assertThat(pkg.excluded()).allMatch(e -> e.kind() == Exclusion.Kind.HUMANITARIAN);
        assertThat(pkg.excluded()).extracting(Exclusion::reason).containsExactly(
                "sea rescue hotline (rescue: \"alarm phone\")",
                "NGO or UN safety information (ngo: \"الهلال الأحمر\")",
                "a person asking for help or looking for someone (help: \"کمک کنید\")",
                "a person asking for help or looking for someone (help: \"ሓግዙና\")",
                "news or court reporting (news: \"secondo la polizia\")",
                "demand side: someone looking for a smuggler or help (indicator demand.seek: \"anyone know\")",
                "not an offer according to the classifier (score 0.10)");
    }

    @Test
    void shortAgencyNamesMatchOnlyAsWords() {
        HumanitarianGuard guard = HumanitarianGuard.standard();
        assertThat(guard.holdBack(Posts.offer("x", "1", "en", "IOM says stay at the centre"))).isPresent();
        assertThat(guard.holdBack(Posts.offer("x", "2", "en", "Boat leaves from Biomar beach, 4000 euro"))).isEmpty();
    }

    @Test
    void leavesOutPostsWithoutUrl() {
        EnrichedPost p = Posts.offer("telegram", "n", "en", "Boat to Lampedusa 4000 euro");
        EnrichedPost noUrl = new EnrichedPost(new org.tidewatch.core.Post(p.post().id(), "test", "telegram", null, null,
                null, null, p.post().collectedAt(), p.post().text(), null, null), p.enrichment());
        ReferralPackage pkg = builder.build(List.of(noUrl), null, "q", "l", false).getFirst();
        assertThat(pkg.items()).isEmpty();
        assertThat(pkg.excluded().getFirst().kind()).isEqualTo(Exclusion.Kind.NO_URL);
    }
}
