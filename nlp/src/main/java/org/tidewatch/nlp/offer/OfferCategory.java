package org.tidewatch.nlp.offer;

import java.util.List;
import java.util.Set;
import org.tidewatch.core.Route;

/**
 * Picks an offer's category from the indicators' hints and its routes, following the eval rules: a sea leg wins
 * (a flight to Libya then a boat is sea_crossing), hiding in a lorry is land_crossing even across a ferry, a plane
 * trip with false papers is air_crossing, and papers without transport are documents.
 */
public final class OfferCategory {
    /** Destinations only reached irregularly by sea from the usual departure coasts. */
    private static final Set<String> SEA_PLACES = Set.of("Lampedusa", "Linosa", "Pantelleria", "Sicily", "Sardinia",
            "Calabria", "Canary Islands", "Lanzarote", "Fuerteventura", "Gran Canaria", "Tenerife", "El Hierro",
            "La Gomera", "Greek islands", "Lesbos", "Chios", "Samos", "Kos", "Leros", "Rhodes", "Crete", "Farmakonisi",
            "Agathonisi", "Symi", "Kastellorizo", "Gavdos", "Mayotte", "Dzaoudzi", "Mamoudzou", "Balearic Islands",
            "Mallorca", "Ibiza", "Formentera", "Cabrera", "Malta", "Cyprus", "English coast", "Dover", "Almeria",
            "Motril", "Cartagena", "Alicante", "Agrigento", "Pozzallo", "Augusta", "Crotone", "Roccella Ionica");
    private static final Set<String> SEA_PAIRS = Set.of("LY>IT", "TN>IT", "DZ>ES", "DZ>IT", "MA>ES", "EH>ES", "MR>ES",
            "SN>ES", "GM>ES", "GN>ES", "TR>IT", "TR>CY", "LB>CY", "SY>CY", "EG>IT", "LY>GR", "LY>MT", "KM>YT", "AL>IT",
            "DJ>YE", "SO>YE", "MA>IT", "TN>MT", "LY>ES", "EG>GR");

    /** Country pairs of the main irregular routes (sea and land), as {@code LY>IT}; "?" is Europe or unknown. */
    private static final Set<String> CORRIDORS = Set.of("LY>IT", "TN>IT", "DZ>ES", "DZ>IT", "MA>ES", "EH>ES", "MR>ES",
            "SN>ES", "GM>ES", "TR>GR", "TR>IT", "TR>BG", "TR>CY", "GR>IT", "GR>MK", "GR>AL", "AL>IT", "MK>RS", "RS>HU",
            "RS>HR", "BA>HR", "HR>SI", "SI>IT", "IT>FR", "FR>GB", "BE>GB", "NL>GB", "BY>PL", "BY>LT", "BY>LV", "IR>TR",
            "AF>IR", "PK>IR", "SY>TR", "IQ>TR", "MX>US", "GT>MX", "CO>PA", "PA>CR", "SD>LY", "NE>LY", "TD>LY", "ER>SD",
            "ET>SD", "SO>YE", "DJ>YE", "YE>SA", "ET>KE", "KE>TZ", "TZ>MW", "TZ>ZM", "MZ>ZA", "ZW>ZA", "KM>YT", "EG>IT",
            "LB>CY", "LY>GR", "LY>MT", "EG>LY", "LY>ES", "RS>AT", "HU>AT", "AT>DE", "HU>DE", "RS>RO", "RO>HU",
            "BG>RS", "MK>GR", "TR>RS", "UA>PL", "RU>FI", "MA>EH");
    /** Overland corridors: a leg between these countries crosses no sea, whatever boat a post mentions later. */
    private static final Set<String> LAND_PAIRS = Set.of("NE>LY", "TD>LY", "SD>LY", "ML>DZ", "NE>DZ", "ER>SD", "ET>SD",
            "ET>KE", "KE>TZ", "TZ>MW", "TZ>ZM", "MZ>ZA", "ZW>ZA", "GT>MX", "MX>US", "AF>IR", "PK>IR", "IR>TR", "SY>TR",
            "IQ>TR", "BY>PL", "BY>LT", "BY>LV", "RS>HU", "RS>HR", "BA>HR", "HR>SI", "MK>RS", "GR>MK", "TR>BG", "BG>RS",
            "HU>AT", "AT>DE", "RS>RO", "RO>HU", "UA>PL", "RU>FI", "SO>ET", "SO>KE");
    /** Destination countries mostly reached irregularly by sea when no departure is named. */
    private static final Set<String> SEA_ARRIVALS = Set.of("IT", "ES", "GR", "MT", "CY", "YE");
    /** Departure countries whose irregular exits are mostly by sea. */
    private static final Set<String> SEA_DEPARTURES = Set.of("LY", "TN", "DZ", "MA", "EH", "MR", "SN", "GM", "LB", "KM",
            "DJ", "SO");

    private OfferCategory() {
    }

    /** The first route on a known irregular corridor, as {@code LY>IT}, or null. */
    public static String corridor(List<Route> routes) {
        for (Route r : routes) {
            if (CORRIDORS.contains(r.countryKey())
                    || r.toCountry() == null && "Europe".equals(r.to()) && r.fromCountry() != null) {
                return r.countryKey();
            }
        }
        return null;
    }

    /** The category of an offer with these indicator hits and routes. */
    public static String of(List<IndicatorLexicon.Hit> hits, List<Route> routes) {
        double sea = 0;
        double land = 0;
        double doc = 0;
        boolean docStrong = false;
        boolean river = false;
        boolean truck = false;
        boolean airStrong = false;
        boolean airWeak = false;
        for (IndicatorLexicon.Hit h : hits) {
            Indicator ind = h.indicator();
            if (ind.weight() <= 0) {
                continue;
            }
            for (String hint : ind.hints()) {
                switch (hint) {
                    case "sea" -> sea += ind.weight();
                    case "land" -> land += ind.weight();
                    case "truck" -> truck = true;
                    case "doc" -> {
                        doc += ind.weight();
                        docStrong |= !ind.hasHint("minor");
                    }
                    case "river" -> river = true;
                    case "air" -> {
                        if (ind.hasHint("minor")) {
                            airWeak = true;
                        } else {
                            airStrong = true;
                        }
                    }
                    default -> { }
                }
            }
        }
        boolean seaRoute = false;
        for (Route r : routes) {
            seaRoute |= r.to() != null && SEA_PLACES.contains(r.to()) || SEA_PAIRS.contains(r.countryKey());
        }
        // A look-alike passport or an airport escort with a flight is an air crossing, even with a taxi to the airport.
        if (airStrong && airWeak && sea == 0 && !truck) {
            return "air_crossing";
        }
        // A river at a land border and a hidden lorry are land crossings even with a boat or a ferry.
        if (truck && sea == 0 || river && !seaRoute) {
            return "land_crossing";
        }
        // A package whose every route is overland is a land crossing even when it offers a boat "later".
        if (land > 0 && !routes.isEmpty() && routes.stream().allMatch(r -> LAND_PAIRS.contains(r.countryKey()))) {
            return "land_crossing";
        }
        if (sea > 0 && sea >= land * 0.5) {
            return "sea_crossing";
        }
        if (land > 0 || truck) {
            return "land_crossing";
        }
        if (airStrong) {
            return "air_crossing";
        }
        if (seaRoute && !docStrong) {
            return "sea_crossing";
        }
        if (airWeak && !routes.isEmpty()) {
            return "air_crossing";
        }
        if (doc > 0) {
            return "documents";
        }
        if (seaRoute) {
            return "sea_crossing";
        }
        for (Route r : routes) {
            if (r.fromCountry() != null && SEA_DEPARTURES.contains(r.fromCountry())
                    && !r.fromCountry().equals(r.toCountry())) {
                return "sea_crossing";
            }
        }
        // No mode, no papers: most advertised crossings go by sea, but an overland route says land; a route with no
        // departure into a country mostly reached by sea ("via Libya to Italy") says nothing against the sea.
        boolean openToSea = !routes.isEmpty() && routes.stream()
                .allMatch(r -> r.fromCountry() == null && SEA_ARRIVALS.contains(r.toCountry()));
        return routes.isEmpty() || openToSea ? "sea_crossing" : "land_crossing";
    }
}
