package org.liaisonlog.logic.synthetic;

import java.util.UUID;

/**
 * What a synthetic catalogue was given, counted as it was made (the shipped reference records
 * included in organisations and themes).
 *
 * @param largestEvent      the event with the most attendance lines
 * @param cyrillicPeople    people whose name is written in Cyrillic
 * @param spelledPeople     people with two or more other spellings
 */
public record SyntheticSummary(int events, int attendance, int organiserLinks, int themeLinks, int sources,
        int people, int cyrillicPeople, int spelledPeople, int organisations, int themes, int trips,
        int cyrillicTitles, UUID largestEvent, int largestEventLines, double seconds) {
}
