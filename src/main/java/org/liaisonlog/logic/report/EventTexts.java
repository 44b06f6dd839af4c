package org.liaisonlog.logic.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.event.Event;

/** How reports name and describe an event: its full name, motto, dates, place and organisers. */
final class EventTexts {

    private final ReportTexts texts;
    private final ReportDates dates;
    private final ReportNames names;

    EventTexts(ReportTexts texts, ReportDates dates, ReportNames names) {
        this.texts = texts;
        this.dates = dates;
        this.names = names;
    }

    /**
     * The event's full name: its title when the title already holds the series (or there is no
     * series); else the edition and series ("Sixth Scientific and Practical Conference of …";
     * in Russian "… (№ 6)"), or the series alone when the edition is not known.
     */
    String fullName(Event event) {
        String title = blankToEmpty(event.title());
        String series = blankToEmpty(event.series());
        if (series.isEmpty() || (!title.isEmpty() && Names.key(title).contains(Names.key(series)))) {
            return title;
        }
        if (event.edition() == null) {
            return series;
        }
        return texts.format("pattern.edition", series, texts.ordinal(event.edition()), event.edition());
    }

    String motto(Event event) {
        String motto = blankToEmpty(event.motto());
        return motto.isEmpty() ? "" : texts.format("pattern.motto", motto);
    }

    String dates(Event event) {
        return dates.range(event.start(), event.end());
    }

    String place(Event event) {
        return names.place(event.city(), event.countryCode());
    }

    String organisers(Event event) {
        return String.join("; ", event.organiserIds().stream().map(names::organisationName)
                .filter(n -> !n.isEmpty()).toList());
    }

    /** The lines under a report's title: full name, motto, "dates, place". */
    List<String> subtitle(Event event) {
        List<String> lines = new ArrayList<>();
        lines.add(fullName(event));
        lines.add(motto(event));
        lines.add(joinNonEmpty(", ", dates(event), place(event)));
        return lines.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** Organisers and venue, where known. */
    List<ReportBlock.Fact> facts(Event event) {
        List<ReportBlock.Fact> facts = new ArrayList<>();
        String organisers = organisers(event);
        if (!organisers.isEmpty()) {
            facts.add(new ReportBlock.Fact(texts.text("fact.organisers"), organisers));
        }
        String venue = blankToEmpty(event.venue());
        if (!venue.isEmpty()) {
            facts.add(new ReportBlock.Fact(texts.text("fact.venue"), venue));
        }
        return facts;
    }

    static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    static String joinNonEmpty(String separator, String... parts) {
        return String.join(separator, Arrays.stream(parts).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
    }
}
