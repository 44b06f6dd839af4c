package org.liaisonlog.logic.example;

import java.util.List;

/**
 * The shape of the example catalogue file ({@code resources/example/catalogue.json}).
 * Organisations and themes are named as in the shipped reference data; people, events and trips
 * are named by a {@code ref} within the file.
 */
record ExampleFile(List<OrganisationEntry> organisations, List<PersonEntry> people,
                   List<EventEntry> events, List<TripEntry> trips) {

    record OrganisationEntry(String name, String acronym, String kind, String country, String parent) {
    }

    record PersonEntry(String ref, String name, List<String> otherSpellings, String honorific,
                       String position, String organisation, String country) {
    }

    record EventEntry(String ref, String kind, String title, String series, Integer edition, String motto,
                      List<String> organisers, String city, String country, String venue,
                      String start, String end, String summary, String outcomes, List<String> themes,
                      List<SourceEntry> sources, List<AttendanceEntry> attendance) {
    }

    record SourceEntry(String url, String publisher, String publishedOn, String textResource) {
    }

    record AttendanceEntry(String organisation, String person, String description, String capacity,
                           String country, String role, String title, String status, String notes) {
    }

    record TripEntry(List<String> travellers, String purpose, String status, List<LegEntry> legs,
                     List<String> events, String report, String followUp) {
    }

    record LegEntry(String city, String country, String from, String to) {
    }
}
