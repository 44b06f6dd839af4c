package org.liaisonlog.logic.synthetic;

import java.util.Arrays;
import java.util.List;
import org.liaisonlog.model.event.EventKind;

/**
 * The words synthetic events are made of besides their series ({@link SyntheticSeries}): one-off
 * titles, cities, venues and sentences for summaries, press releases and trip reports.
 */
final class SyntheticTexts {

    private SyntheticTexts() {
    }

    record Place(String en, String ru, String country) {

        String name(boolean russian) {
            return russian ? ru : en;
        }
    }

    /** A one-off event's title: {theme} / {Theme} (lower / own case), {city}, {org}. */
    record OneOff(String pattern, EventKind kind) {

        String title(String theme, String city, String organisation) {
            boolean russian = pattern.chars()
                    .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
            return pattern.replace("{theme}", SyntheticSeries.inSentence(theme))
                    .replace("{Theme}", theme)
                    .replace("{city}", city.isEmpty() ? (russian ? "штаб-квартиру" : "the headquarters") : city)
                    .replace("{org}", organisation);
        }
    }

    static final List<OneOff> ONE_OFFS = List.of(
            new OneOff("Regional workshop on {theme}", EventKind.WORKSHOP),
            new OneOff("Sub-regional workshop on {theme} for Central Asian States", EventKind.WORKSHOP),
            new OneOff("National seminar on {theme}", EventKind.SEMINAR),
            new OneOff("International conference “{Theme}”", EventKind.CONFERENCE),
            new OneOff("Round table on {theme}", EventKind.ROUND_TABLE),
            new OneOff("Training course on {theme} for law-enforcement officers", EventKind.TRAINING),
            new OneOff("Expert meeting on {theme}", EventKind.MEETING),
            new OneOff("Working visit of a delegation of the {org} to {city}", EventKind.VISIT),
            new OneOff("Study visit to {city} on {theme}", EventKind.VISIT),
            new OneOff("Consultations on {theme} – {city}", EventKind.MEETING));

    static final List<OneOff> ONE_OFFS_RU = List.of(
            new OneOff("Семинар «{Theme}»", EventKind.SEMINAR),
            new OneOff("Круглый стол «{Theme}»", EventKind.ROUND_TABLE),
            new OneOff("Международная научно-практическая конференция «{Theme}»", EventKind.CONFERENCE),
            new OneOff("Учебный курс «{Theme}» для сотрудников правоохранительных органов", EventKind.TRAINING),
            new OneOff("Рабочий визит делегации в {city}", EventKind.VISIT));

    static final List<Place> CITIES = places(
            "Tashkent/Ташкент/UZ", "Tashkent/Ташкент/UZ", "Samarkand/Самарканд/UZ", "Bukhara/Бухара/UZ",
            "Astana/Астана/KZ", "Almaty/Алматы/KZ", "Bishkek/Бишкек/KG", "Cholpon-Ata/Чолпон-Ата/KG",
            "Dushanbe/Душанбе/TJ", "Ashgabat/Ашхабад/TM", "Moscow/Москва/RU", "Saint Petersburg/Санкт-Петербург/RU",
            "Kazan/Казань/RU", "Sochi/Сочи/RU", "Beijing/Пекин/CN", "Qingdao/Циндао/CN", "Urumqi/Урумчи/CN",
            "New Delhi/Нью-Дели/IN", "Islamabad/Исламабад/PK", "Tehran/Тегеран/IR", "Minsk/Минск/BY",
            "Baku/Баку/AZ", "Yerevan/Ереван/AM", "Vienna/Вена/AT", "Vienna/Вена/AT", "Geneva/Женева/CH",
            "New York/Нью-Йорк/US", "Brussels/Брюссель/BE", "Paris/Париж/FR", "Lyon/Лион/FR", "Doha/Доха/QA",
            "Ankara/Анкара/TR", "Istanbul/Стамбул/TR", "Abu Dhabi/Абу-Даби/AE", "Berlin/Берлин/DE",
            "Bangkok/Бангкок/TH");

    static final List<String> MOTTOS = List.of("Combating Terrorism – Cooperation without Borders",
            "Together against drugs", "Security through partnership", "Shared threats, shared responses",
            "Единство в борьбе с терроризмом");

    static final List<String> VENUES = List.of("Hotel Uzbekistan", "Congress Hall", "Palace of Independence",
            "Vienna International Centre", "Headquarters of RATS SCO",
            "Conference hall of the Ministry of Foreign Affairs", "Academy of the Ministry of Internal Affairs",
            "Конференц-зал Исполнительного комитета СНГ");

    static final List<String> DESCRIPTIONS = List.of("Competent bodies of the member states", "Observers",
            "Representatives of academia", "Representatives of the diplomatic corps",
            "Компетентные органы государств-членов", "Independent experts");

    static final List<String> SENTENCES = List.of(
            "The parties exchanged views on the current state, dynamics and trends of the threat.",
            "The meeting reviewed the implementation of the decisions of the previous meeting.",
            "Participants noted the emergence of new challenges associated with the use of information "
                    + "technologies.",
            "The delegations shared national experience in countering the financing of terrorism.",
            "Particular attention was paid to the situation in Afghanistan and its effect on the region.",
            "The parties agreed to strengthen the timely exchange of operational information.",
            "A joint plan of practical measures for the next two years was adopted.",
            "The seminar brought together practitioners from law-enforcement and special services.",
            "Experts presented the results of joint operations and controlled deliveries.",
            "The outcome document will be submitted to the Council for approval.",
            "Стороны обменялись мнениями о текущем состоянии и тенденциях террористической угрозы.",
            "Участники отметили важность своевременного обмена информацией.",
            "The next meeting is to be held in the second half of the year, the venue to be agreed through "
                    + "diplomatic channels.");

    /** The purpose of a trip to an event: {event} filled in. */
    static final List<String> EVENT_PURPOSES = List.of("Participation in the {event}",
            "Participation in the {event} and bilateral meetings on its margins",
            "Participation in the {event}", "Участие в мероприятии «{event}»");

    /** The purpose of a working visit: {city}, {org}, {theme} filled in. */
    static final List<String> VISIT_PURPOSES = List.of("Working visit to {city} for consultations with the {org}",
            "Study visit to {city} on {theme}", "Рабочая поездка ({city}): консультации по вопросам сотрудничества");

    static final List<String> REPORT_SENTENCES = List.of(
            "The delegation took part in all sessions of the meeting and delivered a statement on the Centre's work.",
            "On the margins, bilateral meetings were held with the heads of the national delegations.",
            "The counterparts confirmed their interest in joining the Centre's secure information exchange.",
            "Agreement was reached to hold a joint training course in the first half of next year.",
            "Copies of the presentations and the draft outcome document are kept in the archive.",
            "It is proposed to send a letter of thanks to the hosts and to follow up on the contacts made.",
            "The statistics presented show a continued rise in seizures of synthetic drugs along the northern route.",
            "Делегация приняла участие во всех заседаниях и выступила с докладом о деятельности Центра.",
            "Достигнута договорённость о проведении совместного учебного курса.");

    /** {@code min} to {@code max} sentences of the list, one after another. */
    static String sentences(Draw draw, List<String> list, int min, int max) {
        int count = draw.between(min, max);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(draw.pick(list));
        }
        return text.toString();
    }

    private static List<Place> places(String... cityCityCountry) {
        return Arrays.stream(cityCityCountry).map(p -> p.split("/")).map(p -> new Place(p[0], p[1], p[2])).toList();
    }
}
