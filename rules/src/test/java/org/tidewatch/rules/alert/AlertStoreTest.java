package org.tidewatch.rules.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Alert;
import org.tidewatch.core.store.Database;
import org.tidewatch.rules.stats.RouteKey;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AlertStoreTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    private static final RouteKey LY_IT = RouteKey.country("LY", "IT");
    private final AlertStore store = new AlertStore(Database.inMemory("alerts" + DB.incrementAndGet()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static Finding surge(LocalDate day, String explanation) {
        return new Finding(AlertKind.SURGE, LY_IT, day, day.atTime(18, 0).toInstant(ZoneOffset.UTC), 30, 4, explanation,
                List.of("telegram:c/1", "telegram:c/2"));
    }

    @Test
    void theSameFindingIsStoredOnceAndTheSameKindOnTheSameRouteWaitsForTheCooldown() {
        LocalDate day = LocalDate.of(2025, 5, 1);

        assertThat(store.fire(surge(day, "first"), 14)).isPresent();
        assertThat(store.fire(surge(day, "again"), 14)).isEmpty();
        assertThat(store.fire(surge(day.plusDays(13), "too soon"), 14)).isEmpty();
        assertThat(store.fire(surge(day.plusDays(15), "later"), 14)).isPresent();
        assertThat(store.list(AlertQuery.all())).extracting(s -> s.alert().explanation()).containsExactly("first", "later");
    }

    @Test
    void acknowledgeAndDismissRecordWhoAndWhen() {
        Alert alert = store.fire(surge(LocalDate.of(2025, 5, 1), "x"), 14).orElseThrow();

        store.acknowledge(alert.id(), "analyst.rossi");
        StoredAlert dismissed = store.dismiss(alert.id(), "analyst.haddad");

        assertThat(dismissed.state()).isEqualTo(AlertState.DISMISSED);
        assertThat(dismissed.stateBy()).isEqualTo("analyst.haddad");
        assertThat(dismissed.stateAt()).isEqualTo(NOW);
        assertThat(store.history(alert.id())).containsExactly(
                new StateChange(alert.id(), AlertState.ACKNOWLEDGED, "analyst.rossi", NOW),
                new StateChange(alert.id(), AlertState.DISMISSED, "analyst.haddad", NOW));
        assertThatThrownBy(() -> store.acknowledge("a-missing", "analyst.rossi")).hasMessage("no alert with id a-missing");
        assertThatThrownBy(() -> store.acknowledge(alert.id(), " "))
                .hasMessage("the user changing alert " + alert.id() + " must be named");
    }

    @Test
    void listsBySinceDateKindAndState() {
        Alert may = store.fire(surge(LocalDate.of(2025, 5, 1), "may"), 14).orElseThrow();
        store.fire(surge(LocalDate.of(2025, 5, 20), "late may"), 14).orElseThrow();
        store.dismiss(may.id(), "analyst.rossi");

        assertThat(store.list(AlertQuery.since(Instant.parse("2025-05-10T00:00:00Z"))))
                .extracting(s -> s.alert().explanation()).containsExactly("late may");
        assertThat(store.list(new AlertQuery(null, Set.of(AlertKind.SURGE), Set.of(AlertState.NEW), 10, true)))
                .extracting(s -> s.alert().explanation()).containsExactly("late may");
        assertThat(store.get(may.id())).get().extracting(s -> s.alert().examplePostIds())
                .isEqualTo(List.of("telegram:c/1", "telegram:c/2"));
    }

    @Test
    void theAtomFeedIsWellFormedAndEscapesPostText() throws Exception {
        store.fire(surge(LocalDate.of(2025, 5, 1), "Offers quote <script>alert(1)</script> & more"), 14).orElseThrow();

        String xml = AtomFeed.render(store.list(AlertQuery.all()), "https://tidewatch.example/alerts.atom",
                "https://tidewatch.example/alerts/", NOW);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element entry = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertThat(entry.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("SURGE Libya to Italy");
        assertThat(entry.getElementsByTagName("summary").item(0).getTextContent())
                .isEqualTo("Offers quote <script>alert(1)</script> & more");
        assertThat(entry.getElementsByTagName("updated").item(0).getTextContent()).isEqualTo("2025-05-01T18:00:00Z");
        assertThat(xml).contains("&lt;script&gt;").doesNotContain("<script>");
    }
}
