package org.liaisonlog.logic.search;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.common.PartialDate;

/**
 * One record found. Everything here comes from the index: showing a hit needs no database read.
 *
 * @param kind    what sort of record it is
 * @param id      the record's id (the event's, trip's, person's, organisation's or theme's UUID);
 *                open the record with it
 * @param texts   the record's title or name and the snippet, with the matching words marked when first
 *                asked for ({@link #title()}, {@link #snippet()})
 * @param detail  one line that tells the record apart, in English: for an event its dates and place
 *                ("2018-10-31 – 2018-11-01 · Tashkent, Uzbekistan"); for a trip its dates and
 *                cities; for a person their position and organisation; for an organisation its
 *                acronym, kind and country; for a theme its parent theme. May be empty.
 * @param score   the relevance (higher is better); comparable within one search only
 * @param start   for an event its first day, for a trip its first leg's day; else null
 * @param end     for an event its last day, for a trip its last leg's day; else null
 * @param parts   what {@code detail} is made of after the dates, as data for a screen to name in its own
 *                language: for an event its city and country (joined with ", "), for a trip its
 *                legs' cities or countries (joined with " – "), for a person their position and
 *                organisation, for an organisation its acronym, kind and country, for a theme its
 *                parent (these three joined with " · ")
 */
public record SearchHit(RecordKind kind, UUID id, HitTexts texts, String detail, float score,
                        PartialDate start, PartialDate end, List<DetailPart> parts) {

    /** A hit with its title and snippet already marked. */
    public SearchHit(RecordKind kind, UUID id, Marked title, String detail, Marked snippet, float score,
                     PartialDate start, PartialDate end, List<DetailPart> parts) {
        this(kind, id, HitTexts.of(Objects.requireNonNull(title, "title"), snippet), detail, score, start, end, parts);
    }

    /** A hit with its title and snippet already marked, without the parts of its detail line. */
    public SearchHit(RecordKind kind, UUID id, Marked title, String detail, Marked snippet, float score,
                     PartialDate start, PartialDate end) {
        this(kind, id, title, detail, snippet, score, start, end, List.of());
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(texts, "texts");
        detail = detail == null ? "" : detail;
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The record's title or name, with the matching words marked (marked when first asked for). */
    public Marked title() {
        return texts.title();
    }

    /**
     * A short piece of the best matching other field (summary, outcomes, source text, a spelling, …)
     * with the matching words marked (when first asked for); empty when only the title matched.
     */
    public Marked snippet() {
        return texts.snippet();
    }
}
