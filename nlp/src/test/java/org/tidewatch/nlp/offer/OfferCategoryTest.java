package org.tidewatch.nlp.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidewatch.core.Route;

class OfferCategoryTest {
    private static IndicatorLexicon.Hit hit(String id, double weight, String hint) {
        return new IndicatorLexicon.Hit(new Indicator(id, weight, Indicator.parseHints(hint), "test gloss"), 0, 1);
    }

    private static final Route LY_IT = new Route("Libya", "LY", "Italy", "IT");
    private static final Route TR_DE = new Route("Turkey", "TR", "Germany", "DE");

    @Test
    void boatIsSeaEvenAfterAFlight() {
        assertThat(OfferCategory.of(List.of(hit("sea.boat", 0.6, "sea"), hit("air.flight", 0.3, "air,minor")), List.of(LY_IT)))
                .isEqualTo("sea_crossing");
    }

    @Test
    void lorryIsLandEvenWithAFerry() {
        assertThat(OfferCategory.of(List.of(hit("truck.lorry", 0.7, "truck")), List.of(TR_DE))).isEqualTo("land_crossing");
    }

    @Test
    void riverAtALandBorderIsLandEvenByBoat() {
        assertThat(OfferCategory.of(List.of(hit("sea.boat", 0.6, "sea"), hit("land.river", 0.5, "river")),
                List.of(new Route("Edirne", "TR", "Athens", "GR")))).isEqualTo("land_crossing");
    }

    @Test
    void lookalikePassportFlightIsAir() {
        assertThat(OfferCategory.of(List.of(hit("docs.lookalike", 1.3, "air,doc"), hit("docs.items", 0.3, "doc,minor")), List.of()))
                .isEqualTo("air_crossing");
    }

    @Test
    void lookalikePassportWithAFlightIsAirEvenWithATaxiToTheAirport() {
        assertThat(OfferCategory.of(List.of(hit("docs.lookalike", 1.3, "air,doc"), hit("air.flight", 0.3, "air,minor"),
                hit("land.vehicle", 0.5, "land")), List.of(TR_DE))).isEqualTo("air_crossing");
        assertThat(OfferCategory.of(List.of(hit("land.vehicle", 0.5, "land"), hit("air.flight", 0.3, "air,minor")),
                List.of(TR_DE))).isEqualTo("land_crossing");
    }

    @Test
    void aMinorHintSupportsACategoryWhateverTheIndicatorIsCalled() {
        // a supporting air cue next to a strong one makes an air crossing, a strong one alone does not need it
        assertThat(OfferCategory.of(List.of(hit("docs.lookalike", 1.3, "air,doc"), hit("x.ticket", 0.3, "air,minor"),
                hit("land.vehicle", 0.5, "land")), List.of(TR_DE))).isEqualTo("air_crossing");
        // the word for papers alone, minor, does not make a document sale on a sea corridor; a strong doc cue does
        assertThat(OfferCategory.of(List.of(hit("x.papers", 0.3, "doc,minor")), List.of(LY_IT))).isEqualTo("sea_crossing");
        assertThat(OfferCategory.of(List.of(hit("x.papers", 0.3, "doc")), List.of(LY_IT))).isEqualTo("documents");
    }

    @Test
    void aPermitOfferedWithoutTransportIsDocumentsEvenOnASeaCorridor() {
        assertThat(OfferCategory.of(List.of(hit("docs.permit", 0.5, "doc")), List.of(LY_IT))).isEqualTo("documents");
        assertThat(OfferCategory.of(List.of(hit("docs.items", 0.3, "doc,minor")), List.of(LY_IT))).isEqualTo("sea_crossing");
    }

    @Test
    void anOpenRouteToASeaArrivalCountryIsSeaButToGermanyLand() {
        assertThat(OfferCategory.of(List.of(), List.of(new Route(null, null, "Italy", "IT")))).isEqualTo("sea_crossing");
        assertThat(OfferCategory.of(List.of(), List.of(new Route(null, null, "Germany", "DE"))))
                .isEqualTo("land_crossing");
    }

    @Test
    void papersWithoutTransportAreDocuments() {
        assertThat(OfferCategory.of(List.of(hit("docs.forged", 1.6, "doc"), hit("air.flight", 0.3, "air,minor")), List.of()))
                .isEqualTo("documents");
    }

    @Test
    void seaRouteDecidesWhenNoModeIsNamed() {
        assertThat(OfferCategory.of(List.of(), List.of(LY_IT))).isEqualTo("sea_crossing");
        assertThat(OfferCategory.of(List.of(), List.of(TR_DE))).isEqualTo("land_crossing");
    }

    @Test
    void counterEvidenceGivesNoHint() {
        assertThat(OfferCategory.of(List.of(hit("legit.travel", -1.2, "ferry"), hit("docs.forged", 1.6, "doc")),
                List.of())).isEqualTo("documents");
    }

    @Test
    void aCarToTheCoastThenABoatIsASeaCrossing() {
        Route trGr = new Route("Turkey", "TR", "Greece", "GR");
        assertThat(OfferCategory.of(List.of(hit("land.car", 0.6, "land"), hit("sea.boat", 0.6, "sea")), List.of(trGr)))
                .isEqualTo("sea_crossing");
    }

    @Test
    void anOverlandPackageStaysLandWhenABoatIsOfferedLater() {
        Route sdLy = new Route("Sudan", "SD", "Libya", "LY");
        assertThat(OfferCategory.of(List.of(hit("land.sahara", 0.8, "land"), hit("sea.boat", 0.6, "sea")), List.of(sdLy)))
                .isEqualTo("land_crossing");
        assertThat(OfferCategory.of(List.of(hit("land.sahara", 0.8, "land"), hit("sea.boat", 0.6, "sea")),
                List.of(sdLy, LY_IT))).isEqualTo("sea_crossing");
    }
}
