package org.liaisonlog.logic.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.liaisonlog.logic.search.SearchSource.AttendanceRow;
import org.liaisonlog.logic.search.SearchSource.EventRow;
import org.liaisonlog.logic.search.SearchSource.LegRow;
import org.liaisonlog.logic.search.SearchSource.OrganisationRow;
import org.liaisonlog.logic.search.SearchSource.PersonRow;
import org.liaisonlog.logic.search.SearchSource.SourceRow;
import org.liaisonlog.logic.search.SearchSource.ThemeRow;
import org.liaisonlog.logic.search.SearchSource.TripRow;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.common.PartialDate;

/**
 * The index documents of the records. Searched text goes into a few analysed fields, each
 * twice (plain and skeleton); what a hit shows is stored; what filters and facets need is kept as
 * terms and doc values. Documents never hold more than a search shows or matches on.
 */
final class Documents {

    // identity
    static final String ID = "id";
    static final String KIND = "kind";
    static final String KIND_ORDINAL = "kindn";
    static final String DATE = "date";
    // searched text (each also with Analysis.SKELETON_SUFFIX)
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ORG = "org";
    static final String THEME = "theme";
    static final String COUNTRY = "country";
    // shown
    static final String S_TITLE = "s_title";
    static final String S_DETAIL = "s_detail";
    /** The pieces of the detail line after the dates, as data ({@link DetailPart#encode()}), in order. */
    static final String S_PART = "s_part";
    static final String S_TEXT = "s_text";
    static final String S_START = "s_start";
    static final String S_END = "s_end";
    // filters and facets (terms and sorted-set doc values under one name)
    static final String F_KIND = "f_kind";
    static final String F_YEAR = "f_year";
    static final String F_COUNTRY = "f_country";
    static final String F_CITY = "f_city";
    static final String CITY_KEY = "city_key";
    static final String F_ORGANISER = "f_org";
    static final String F_THEME = "f_theme";
    static final String F_ATT_ORG = "f_attorg";
    static final String F_ATT_COUNTRY = "f_attcountry";
    static final String F_CAPACITY = "f_capacity";
    static final String PARTY = "party";
    static final String YEAR = "year";
    static final String FROM = "from";
    static final String TO = "to";
    // references, for re-indexing what depends on a changed record
    static final String PERSON_ORG = "p_org";
    static final String TRIP_PERSON = "t_person";
    static final String THEME_PARENT = "th_parent";

    /** A stored text longer than this is cut: enough for a snippet, not a copy of the catalogue. */
    private static final int STORED_TEXT_LIMIT = 2000;

    private final Names names;

    Documents(Names names) {
        this.names = names;
    }

    Document event(EventRow e) {
        Document doc = base(RecordKind.EVENT, e.id());
        List<String> place = new ArrayList<>();
        add(place, e.city());
        List<String> countryNames = names.countryNames(e.countryCode());
        text(doc, TITLE, e.title());
        text(doc, BODY, e.title(), e.series(), e.motto(), e.city(), e.venue(), e.summary(), e.outcomes());
        countryNames.forEach(n -> text(doc, BODY, n));
        for (SourceRow source : e.sources()) {
            text(doc, BODY, source.publisher(), source.text());
        }
        Set<String> orgTexts = new LinkedHashSet<>();
        for (UUID organiser : e.organiserIds()) {
            names.orgNames(organiser).forEach(n -> text(doc, BODY, n));
            orgTexts.addAll(names.orgNames(organiser));
        }
        Set<String> themeTexts = new LinkedHashSet<>();
        Set<String> themeKeys = new LinkedHashSet<>();
        for (UUID theme : e.themeIds()) {
            names.themeNames(theme).forEach(n -> text(doc, BODY, n));
            for (UUID t : names.themeWithAncestors(theme)) {
                themeKeys.add(t.toString());
                themeTexts.addAll(names.themeNames(t));
            }
        }
        Set<String> attOrgs = new LinkedHashSet<>();
        Set<String> attCountries = new LinkedHashSet<>();
        Set<String> capacities = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (AttendanceRow a : e.attendance()) {
            if (a.status() != AttendanceStatus.ATTENDED) {
                continue;
            }
            if (a.organisationId() != null) {
                attOrgs.add(a.organisationId().toString());
                parties.add(a.organisationId().toString());
                orgTexts.addAll(names.orgNames(a.organisationId()));
            }
            if (a.personId() != null) {
                parties.add(a.personId().toString());
            }
            if (a.countryCode() != null) {
                attCountries.add(a.countryCode());
            }
            capacities.add(a.capacity().name());
        }
        orgTexts.forEach(n -> text(doc, ORG, n));
        themeTexts.forEach(n -> text(doc, THEME, n));
        countryNames.forEach(n -> text(doc, COUNTRY, n));

        facet(doc, F_KIND, e.kind().name());
        if (e.countryCode() != null) {
            facet(doc, F_COUNTRY, e.countryCode());
        }
        if (e.city() != null && !e.city().isBlank()) {
            facet(doc, F_CITY, e.city().strip());
            doc.add(new StringField(CITY_KEY, Analysis.key(e.city()), Field.Store.NO));
        }
        e.organiserIds().stream().map(UUID::toString).distinct().forEach(id -> facet(doc, F_ORGANISER, id));
        themeKeys.forEach(id -> facet(doc, F_THEME, id));
        attOrgs.forEach(id -> facet(doc, F_ATT_ORG, id));
        attCountries.forEach(code -> facet(doc, F_ATT_COUNTRY, code));
        capacities.forEach(c -> facet(doc, F_CAPACITY, c));
        parties.forEach(id -> doc.add(new StringField(PARTY, id, Field.Store.NO)));
        if (e.start() != null) {
            LocalDate first = e.start().date();
            LocalDate last = (e.end() == null ? e.start() : e.end()).lastDay();
            if (last.isBefore(first)) {
                last = e.start().lastDay();
            }
            doc.add(new LongPoint(FROM, first.toEpochDay()));
            doc.add(new LongPoint(TO, last.toEpochDay()));
            doc.add(new IntPoint(YEAR, first.getYear()));
            facet(doc, F_YEAR, Integer.toString(first.getYear()));
            doc.add(new NumericDocValuesField(DATE, first.toEpochDay()));
            doc.add(new StoredField(S_START, StoredDates.write(e.start())));
            if (e.end() != null) {
                doc.add(new StoredField(S_END, StoredDates.write(e.end())));
            }
        }
        if (e.countryCode() != null) {
            add(place, names.countryName(e.countryCode()));
        }
        String dates = dates(e.start(), e.end());
        shown(doc, e.title(), join(" · ", dates, String.join(", ", place)));
        part(doc, text(e.city()));
        if (e.countryCode() != null) {
            part(doc, country(e.countryCode()));
        }
        stored(doc, e.series(), e.motto(), e.venue(), e.summary(), e.outcomes());
        e.sources().forEach(s -> stored(doc, s.text()));
        stored(doc, String.join(", ", e.organiserIds().stream().map(names::orgDisplay).toList()));
        stored(doc, String.join(", ", e.themeIds().stream().map(names::themeName).toList()));
        return doc;
    }

    Document trip(TripRow t) {
        Document doc = base(RecordKind.TRIP, t.id());
        text(doc, TITLE, t.purpose());
        text(doc, BODY, t.purpose(), t.report(), t.followUp());
        List<String> travellers = new ArrayList<>();
        for (UUID person : t.travellerIds()) {
            List<String> all = names.personNames(person);
            all.forEach(n -> text(doc, BODY, n));
            if (!all.isEmpty()) {
                travellers.add(all.get(0));
            }
            doc.add(new StringField(TRIP_PERSON, person.toString(), Field.Store.NO));
        }
        List<String> cities = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LegRow leg : t.legs()) {
            text(doc, BODY, leg.city());
            names.countryNames(leg.countryCode()).forEach(n -> {
                text(doc, BODY, n);
                text(doc, COUNTRY, n);
            });
            add(cities, leg.city() != null ? leg.city() : names.countryName(leg.countryCode()));
            part(doc, leg.city() != null ? text(leg.city())
                    : leg.countryCode() == null ? null : country(leg.countryCode()));
            first = min(first, leg.from());
            last = max(last, leg.to() != null ? leg.to() : leg.from());
        }
        if (first != null) {
            doc.add(new NumericDocValuesField(DATE, first.toEpochDay()));
            doc.add(new StoredField(S_START, StoredDates.write(PartialDate.ofDay(first))));
        }
        if (last != null) {
            doc.add(new StoredField(S_END, StoredDates.write(PartialDate.ofDay(last))));
        }
        String dates = dates(first == null ? null : PartialDate.ofDay(first), last == null ? null : PartialDate.ofDay(last));
        shown(doc, t.purpose(), join(" · ", dates, String.join(" – ", cities)));
        stored(doc, String.join(", ", travellers), t.report(), t.followUp(), String.join(", ", cities));
        return doc;
    }

    Document person(PersonRow p) {
        Document doc = base(RecordKind.PERSON, p.id());
        List<String> all = names.personNames(p.id());
        all.forEach(n -> text(doc, TITLE, n));
        all.forEach(n -> text(doc, BODY, n));
        text(doc, BODY, p.honorific(), p.position());
        names.orgNames(p.organisationId()).forEach(n -> {
            text(doc, BODY, n);
            text(doc, ORG, n);
        });
        names.countryNames(p.countryCode()).forEach(n -> text(doc, COUNTRY, n));
        if (p.organisationId() != null) {
            doc.add(new StringField(PERSON_ORG, p.organisationId().toString(), Field.Store.NO));
        }
        shown(doc, p.name(), join(" · ", p.position(), names.orgDisplay(p.organisationId())));
        part(doc, text(p.position()));
        String org = names.orgDisplay(p.organisationId());
        if (!org.isBlank()) {
            part(doc, new DetailPart(DetailPart.Type.ORGANISATION, p.organisationId().toString(), org.strip()));
        }
        stored(doc, String.join(", ", p.otherSpellings()), p.position(), names.orgDisplay(p.organisationId()));
        return doc;
    }

    Document organisation(OrganisationRow o) {
        Document doc = base(RecordKind.ORGANISATION, o.id());
        List<String> all = names.orgNames(o.id());
        all.forEach(n -> {
            text(doc, TITLE, n);
            text(doc, BODY, n);
            text(doc, ORG, n);
        });
        names.countryNames(o.countryCode()).forEach(n -> {
            text(doc, BODY, n);
            text(doc, COUNTRY, n);
        });
        String kind = o.kind() == null ? "" : o.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        shown(doc, names.orgDisplay(o.id()), join(" · ", o.acronym(), kind,
                o.countryCode() == null ? null : names.countryName(o.countryCode())));
        part(doc, text(o.acronym()));
        if (!kind.isBlank()) {
            part(doc, new DetailPart(DetailPart.Type.ORGANISATION_KIND, o.kind().strip(), kind.strip()));
        }
        if (o.countryCode() != null) {
            part(doc, country(o.countryCode()));
        }
        stored(doc, o.nameRu(), String.join(", ", o.otherNames()), o.acronym());
        return doc;
    }

    Document theme(ThemeRow t) {
        Document doc = base(RecordKind.THEME, t.id());
        text(doc, TITLE, t.nameEn(), t.nameRu());
        text(doc, BODY, t.nameEn(), t.nameRu());
        for (UUID id : names.themeWithAncestors(t.id())) {
            names.themeNames(id).forEach(n -> text(doc, THEME, n));
        }
        if (t.parentId() != null) {
            doc.add(new StringField(THEME_PARENT, t.parentId().toString(), Field.Store.NO));
        }
        shown(doc, t.nameEn(), names.themeName(t.parentId()));
        String parent = names.themeName(t.parentId());
        if (!parent.isBlank()) {
            part(doc, new DetailPart(DetailPart.Type.THEME, t.parentId().toString(), parent.strip()));
        }
        stored(doc, t.nameRu());
        return doc;
    }

    private static Document base(RecordKind kind, UUID id) {
        Document doc = new Document();
        doc.add(new StringField(ID, id.toString(), Field.Store.YES));
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new NumericDocValuesField(KIND_ORDINAL, kind.ordinal()));
        return doc;
    }

    /** Adds texts to a searched field, plain and skeleton. */
    private static void text(Document doc, String field, String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                doc.add(new TextField(field, text, Field.Store.NO));
                doc.add(new TextField(field + Analysis.SKELETON_SUFFIX, text, Field.Store.NO));
            }
        }
    }

    private static void facet(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static void shown(Document doc, String title, String detail) {
        doc.add(new StoredField(S_TITLE, title == null ? "" : title));
        doc.add(new StoredField(S_DETAIL, detail == null ? "" : detail));
    }

    private DetailPart country(String code) {
        String name = names.countryName(code);
        return name.isBlank() ? null : new DetailPart(DetailPart.Type.COUNTRY, code, name.strip());
    }

    private static DetailPart text(String text) {
        return text == null || text.isBlank() ? null : DetailPart.text(text.strip());
    }

    /** Adds a piece of the detail line, if there is one. */
    private static void part(Document doc, DetailPart part) {
        if (part != null) {
            doc.add(new StoredField(S_PART, part.encode()));
        }
    }

    /** Texts a snippet may come from, in order of preference. */
    private static void stored(Document doc, String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                String cut = text.length() > STORED_TEXT_LIMIT ? text.substring(0, STORED_TEXT_LIMIT) : text;
                doc.add(new StoredField(S_TEXT, cut.strip()));
            }
        }
    }

    /** "2018-10-31 – 2018-11-01", "2018-10", "2018"; empty without a start. */
    static String dates(PartialDate start, PartialDate end) {
        if (start == null) {
            return "";
        }
        String first = shortDate(start);
        if (end == null || end.equals(start)) {
            return first;
        }
        return first + " – " + shortDate(end);
    }

    private static String shortDate(PartialDate date) {
        return switch (date.precision()) {
            case DAY -> date.date().toString();
            case MONTH -> date.date().toString().substring(0, 7);
            case YEAR -> Integer.toString(date.date().getYear());
        };
    }

    private static String join(String separator, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            add(kept, part);
        }
        return String.join(separator, kept);
    }

    private static void add(List<String> list, String value) {
        if (value != null && !value.isBlank()) {
            list.add(value.strip());
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
