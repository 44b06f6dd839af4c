package org.liaisonlog.gui.search;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.search.DetailPart;
import org.liaisonlog.logic.search.FacetValue;
import org.liaisonlog.logic.search.RecordKind;
import org.liaisonlog.logic.search.SearchHit;
import org.liaisonlog.logic.search.SearchResults;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.OrganisationKind;

/**
 * What the engine found, as the screen shows it in the interface language: the lines of the
 * results (headings with counts, records with their dates), and the filters' values with labels.
 */
public final class ResultTexts {

    private final Messages messages;
    /** The labels of values seen, so a value ticked that the engine no longer lists keeps its name. */
    private final Map<FilterKind, Map<String, String>> known = new EnumMap<>(FilterKind.class);
    /**
     * The labels made, by filter and key, each with the engine's label it was made from: a search
     * makes no label made before. They are dropped when the choices change (read anew when the
     * screen is shown, so a record renamed elsewhere is named anew) and one is made anew when the
     * engine's label changes (a record renamed and indexed again).
     */
    private final Map<FilterKind, Map<String, Label>> made = new EnumMap<>(FilterKind.class);
    private SearchChoices madeWith;
    /** The group headings' formats (used on one thread at a time, as the screen's lists are). */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private record Label(String engine, String shown) {
    }

    ResultTexts(Messages messages) {
        this.messages = messages;
        for (FilterKind filter : FilterKind.values()) {
            known.put(filter, new HashMap<>());
            made.put(filter, new HashMap<>());
        }
    }

    /** The key of the plural name of a kind of record, the heading of its group. */
    public static String kindKey(RecordKind kind) {
        return switch (kind) {
            case EVENT -> "search.kind.EVENT";
            case TRIP -> "search.kind.TRIP";
            case PERSON -> "search.kind.PERSON";
            case ORGANISATION -> "search.kind.ORGANISATION";
            case THEME -> "search.kind.THEME";
        };
    }

    /** Each group's heading ("Events — 12"), followed by its records. */
    List<SearchItem> lines(SearchResults results, SearchChoices choices) {
        List<SearchItem> lines = new ArrayList<>();
        for (SearchResults.Group group : results.groups()) {
            String kind = messages.get(kindKey(group.kind()));
            lines.add(new SearchItem.Heading(group.kind(), group.total() > group.hits().size()
                    ? format("search.groupMore", kind, group.hits().size(), group.total())
                    : format("search.group", kind, group.total())));
            for (SearchHit hit : group.hits()) {
                lines.add(new SearchItem.Hit(hit.kind(), hit.id(), hit.texts(), detail(hit, choices)));
            }
        }
        return lines;
    }

    /** As {@link Messages#format}, with each message's format read once (a heading a group, every search). */
    private String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(messages.get(k), messages.locale()))
                .format(arguments);
    }

    /**
     * The line under a record's title in the interface language: an event's or trip's dates, then
     * the parts of the engine's line with countries, organisation kinds, organisations and themes
     * named in the interface language.
     */
    String detail(SearchHit hit, SearchChoices choices) {
        String rest;
        if (hit.parts().isEmpty()) {
            rest = hit.detail();
            if (hit.start() != null && !rest.isEmpty() && Character.isDigit(rest.charAt(0))) {
                int dot = rest.indexOf(" · ");
                rest = dot < 0 ? "" : rest.substring(dot + 3);
            }
        } else {
            String separator = switch (hit.kind()) {
                case EVENT -> ", ";
                case TRIP -> " – ";
                case PERSON, ORGANISATION, THEME -> " · ";
            };
            List<String> parts = new ArrayList<>();
            for (DetailPart part : hit.parts()) {
                String text = part(part, choices);
                if (!text.isBlank()) {
                    parts.add(text);
                }
            }
            rest = String.join(separator, parts);
        }
        if (hit.start() == null) {
            return rest;
        }
        String dates = DateTexts.range(hit.start(), hit.end(), messages.locale());
        return rest.isEmpty() ? dates : dates + " · " + rest;
    }

    private String part(DetailPart part, SearchChoices choices) {
        return switch (part.type()) {
            case TEXT -> part.key();
            case COUNTRY -> choices.country(part.key(), part.english());
            case ORGANISATION_KIND -> {
                try {
                    yield messages.of(OrganisationKind.valueOf(part.key()));
                } catch (IllegalArgumentException e) {
                    yield part.english();
                }
            }
            case ORGANISATION -> {
                try {
                    yield choices.party(UUID.fromString(part.key())).map(Party::name).orElse(part.english());
                } catch (IllegalArgumentException e) {
                    yield part.english();
                }
            }
            case THEME -> choices.theme(part.key(), part.english());
        };
    }

    /** A filter's values with counts; a value ticked that gives nothing stays listed (count 0), to untick. */
    List<FilterOption> options(FilterKind filter, List<FacetValue> values, Set<String> chosen, SearchChoices choices) {
        Map<String, String> labels = known.get(filter);
        List<FilterOption> list = new ArrayList<>();
        Set<String> listed = chosen.isEmpty() ? Set.of() : new HashSet<>();
        if (choices != madeWith) {
            made.values().forEach(Map::clear);
            madeWith = choices;
        }
        Map<String, Label> labelled = made.get(filter);
        for (FacetValue value : values) {
            Label before = labelled.get(value.key());
            String label;
            if (before != null && before.engine().equals(value.label())) {
                label = before.shown();
            } else {
                label = label(filter, value.key(), value.label(), choices);
                labelled.put(value.key(), new Label(value.label(), label));
                labels.put(value.key(), label); // a label kept in `made` is kept here too
            }
            boolean ticked = chosen.contains(value.key());
            list.add(new FilterOption(filter, value.key(), label, value.count(), ticked));
            if (ticked) {
                listed.add(value.key());
            }
        }
        for (String key : chosen) {
            if (!listed.contains(key)) {
                list.add(new FilterOption(filter, key, labels.getOrDefault(key, label(filter, key, key, choices)), 0,
                        true));
            }
        }
        return list;
    }

    /** The years found, latest first, with counts. */
    List<FilterOption> years(List<FacetValue> values) {
        return values.stream().sorted(Comparator.comparing(FacetValue::key).reversed())
                .map(v -> new FilterOption(null, v.key(), v.key(), v.count(), false)).toList();
    }

    private String label(FilterKind filter, String key, String label, SearchChoices choices) {
        try {
            return switch (filter) {
                case EVENT_KIND -> messages.of(EventKind.valueOf(key));
                case CAPACITY -> messages.of(Capacity.valueOf(key));
                case COUNTRY, ATTENDING_COUNTRY -> choices.country(key, label);
                case THEME -> choices.theme(key, label);
                case ORGANISER, ATTENDING_ORGANISATION -> choices.party(UUID.fromString(key)).map(Party::name)
                        .orElse(label);
                case CITY -> label;
            };
        } catch (IllegalArgumentException e) {
            return label;
        }
    }
}
