package org.liaisonlog.logic.synthetic;

/**
 * The size of a synthetic catalogue. The size the search must stay fast at is
 * {@code SyntheticShape.of(100_000)}: 100 000 events (about 1 000 000 attendance lines), 50 000
 * people, 20 000 organisations, 300 themes and a few thousand trips over 25 years.
 *
 * @param events        events, over the {@code years} up to and including 2024
 * @param people        people, the shipped data has none
 * @param organisations organisations, the shipped ones included
 * @param themes        themes, the shipped taxonomy included
 * @param trips         trips of the centre's own staff
 * @param years         how many years the events span
 * @param seed          the same seed gives the same catalogue
 */
public record SyntheticShape(int events, int people, int organisations, int themes, int trips, int years,
        long seed) {

    public static final int DEFAULT_YEARS = 25;
    public static final long DEFAULT_SEED = 42;

    public SyntheticShape {
        if (events < 1 || people < 1 || organisations < 0 || themes < 0 || trips < 0 || years < 1 || years > 100) {
            throw new IllegalArgumentException("Not a catalogue size: " + events + " events, " + people
                    + " people, " + organisations + " organisations, " + themes + " themes, " + trips + " trips, "
                    + years + " years");
        }
    }

    /**
     * The usual proportions for {@code events} events: half as many people, a fifth as many
     * organisations, one trip for every 30 events, 300 themes, 25 years.
     */
    public static SyntheticShape of(int events) {
        return new SyntheticShape(events, Math.max(100, events / 2), Math.max(200, events / 5), 300,
                Math.max(3, events / 30), DEFAULT_YEARS, DEFAULT_SEED);
    }

    public SyntheticShape withPeople(int count) {
        return new SyntheticShape(events, count, organisations, themes, trips, years, seed);
    }

    public SyntheticShape withOrganisations(int count) {
        return new SyntheticShape(events, people, count, themes, trips, years, seed);
    }

    public SyntheticShape withYears(int count) {
        return new SyntheticShape(events, people, organisations, themes, trips, count, seed);
    }

    public SyntheticShape withSeed(long value) {
        return new SyntheticShape(events, people, organisations, themes, trips, years, value);
    }

    public SyntheticShape withTrips(int count) {
        return new SyntheticShape(events, people, organisations, themes, count, years, seed);
    }
}
