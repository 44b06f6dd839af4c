package org.liaisonlog.bench;

import java.util.List;
import java.util.Set;
import org.liaisonlog.model.event.EventKind;

/**
 * The words synthetic events are made of: series of meetings as they are really named, cities,
 * people's names in Latin and Cyrillic, and sentences for summaries and press releases.
 * Organisations and themes are named by their keys in the shipped reference data.
 */
final class SyntheticTexts {

    private SyntheticTexts() {
    }

    /** How an edition is written into a series title. */
    enum EditionStyle {
        /** "Sixth Meeting of …", "21st Meeting of …". */
        ORDINAL,
        /** "Meeting of the Council … (35th session)". */
        SESSION,
        /** No edition: "OSCE-wide Counter-Terrorism Conference 2019". */
        YEAR,
        /** "35-е заседание Совета РАТС ШОС". */
        RU_NEUTER,
        /** "12-я научно-практическая конференция РАТС ШОС". */
        RU_FEMININE
    }

    record Series(String title, EventKind kind, EditionStyle style, List<String> organisers, List<String> themes,
            List<String> region) {

        boolean russian() {
            return style == EditionStyle.RU_NEUTER || style == EditionStyle.RU_FEMININE;
        }
    }

    record Place(String en, String ru, String country) {

        String name(boolean russian) {
            return russian ? ru : en;
        }
    }

    /** A one-off event's title: {theme} / {Theme} (lower / own case), {city}, {org}. */
    record OneOff(String pattern, EventKind kind) {

        String title(String theme, String city, String organisation) {
            boolean russian = pattern.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
            return pattern.replace("{theme}", PROPER.contains(theme.split(" ")[0]) ? theme : lowerFirst(theme))
                    .replace("{Theme}", theme)
                    .replace("{city}", city.isEmpty() ? (russian ? "штаб-квартиру" : "the headquarters") : city)
                    .replace("{org}", organisation);
        }
    }

    private static final Set<String> PROPER = Set.of("Afghanistan", "Middle", "Central", "Cannabis", "Cocaine");

    private static final List<String> SCO = List.of("UZ", "KZ", "KG", "TJ", "RU", "CN", "IN", "PK", "IR", "BY");
    private static final List<String> CIS = List.of("RU", "BY", "KZ", "KG", "TJ", "UZ", "AZ", "AM", "TM");
    private static final List<String> CSTO = List.of("RU", "BY", "KZ", "KG", "TJ", "AM");
    private static final List<String> CENTRAL_ASIA = List.of("UZ", "KZ", "KG", "TJ", "TM");
    private static final List<String> WORLD = List.of("AT", "CH", "US", "BE", "FR", "QA", "TR", "AE", "DE", "TH");

    static final List<Series> SERIES = List.of(
            en("Meeting of Heads of Competent Authorities of SCO Member States", EventKind.MEETING, EditionStyle.ORDINAL,
                    List.of("rats-sco", "sco"), List.of("terrorism", "extremism", "information"), SCO),
            en("Meeting of Heads of Border Services of SCO Member States", EventKind.MEETING, EditionStyle.ORDINAL,
                    List.of("sco", "sco-secretariat"), List.of("border", "border.strengthening"), SCO),
            en("Meeting of Heads of Anti-Drug Agencies of SCO Member States", EventKind.MEETING, EditionStyle.ORDINAL,
                    List.of("sco"), List.of("drugs", "precursors", "drugs.routes"), SCO),
            en("Meeting of Senior Officials of Anti-Drug Agencies of SCO Member States", EventKind.MEETING,
                    EditionStyle.ORDINAL, List.of("sco"), List.of("drugs.routes", "drugs.synthetic"), SCO),
            en("Meeting of the Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation",
                    EventKind.MEETING, EditionStyle.SESSION, List.of("rats-sco", "rats-sco-executive-committee"),
                    List.of("terrorism", "terrorism.search", "terrorism.ftf"), SCO),
            en("Scientific and Practical Conference of the Regional Anti-Terrorist Structure of the Shanghai "
                    + "Cooperation Organization (RATS SCO)", EventKind.CONFERENCE, EditionStyle.ORDINAL,
                    List.of("rats-sco"), List.of("terrorism.trends", "terrorism.internet", "terrorism.ideology"), SCO),
            en("Joint Anti-Terrorist Exercise of the Competent Authorities of SCO Member States", EventKind.EXERCISE,
                    EditionStyle.YEAR, List.of("rats-sco"), List.of("exercises.anti-terrorism", "exercises"), SCO),
            en("Meeting of the Council of Heads of Financial Intelligence Units of CIS Member States", EventKind.MEETING,
                    EditionStyle.SESSION, List.of("cis-fiu-council", "cis"),
                    List.of("aml-cft", "aml-cft.terrorist-financing", "aml-cft.virtual-assets"), CIS),
            en("Meeting of the Council of Heads of Security Agencies and Special Services of CIS Member States",
                    EventKind.MEETING, EditionStyle.SESSION, List.of("cis-council-security-heads", "cis-atc"),
                    List.of("terrorism", "extremism", "information.databases"), CIS),
            en("Meeting of the CSTO Coordination Council of Heads of Competent Authorities on Countering Illicit Drug "
                    + "Trafficking", EventKind.MEETING, EditionStyle.SESSION, List.of("csto-drug-council", "csto"),
                    List.of("drugs", "drugs.controlled-deliveries", "precursors.control"), CSTO),
            en("International Anti-Drug Operation “Channel”", EventKind.EXERCISE, EditionStyle.YEAR,
                    List.of("csto", "csto-secretariat"), List.of("exercises.joint-operations", "drugs.routes"), CSTO),
            en("EAG Plenary Meeting", EventKind.MEETING, EditionStyle.ORDINAL, List.of("eag"),
                    List.of("aml-cft", "aml-cft.drug-proceeds", "aml-cft.financial-investigations"), SCO),
            en("OSCE-wide Counter-Terrorism Conference", EventKind.CONFERENCE, EditionStyle.YEAR,
                    List.of("osce", "osce-tntd"), List.of("terrorism", "extremism.rehabilitation", "terrorism.ftf"),
                    List.of("AT", "UZ", "KZ", "TJ", "CH")),
            en("Paris Pact Policy Consultative Group Meeting", EventKind.MEETING, EditionStyle.ORDINAL,
                    List.of("paris-pact", "unodc"), List.of("drugs.opiates", "drugs.routes", "security.afghanistan"),
                    List.of("AT", "FR", "UZ")),
            en("Session of the Commission on Narcotic Drugs", EventKind.MEETING, EditionStyle.ORDINAL,
                    List.of("cnd", "unodc"), List.of("drugs", "nps", "nps.scheduling"), List.of("AT")),
            en("Meeting of the CICA Special Working Group on New Challenges and Threats", EventKind.MEETING,
                    EditionStyle.ORDINAL, List.of("cica", "cica-secretariat"), List.of("toc", "terrorism", "drugs"),
                    List.of("KZ", "TR", "AZ", "CN", "QA")),
            en("High-Level Conference of Heads of Counter-Terrorism Agencies of Member States", EventKind.CONFERENCE,
                    EditionStyle.YEAR, List.of("unoct", "uncct"),
                    List.of("terrorism", "cooperation.unsc-resolutions", "terrorism.ftf"), List.of("US")),
            en("Meeting of the Expert Working Group on Countering the Financing of Terrorism", EventKind.MEETING,
                    EditionStyle.ORDINAL, List.of("eag", "rats-sco"), List.of("aml-cft.terrorist-financing"), SCO),
            en("Regional Training Course on Controlled Deliveries", EventKind.TRAINING, EditionStyle.ORDINAL,
                    List.of("unodc-roca", "caricc"), List.of("drugs.controlled-deliveries", "training.law-enforcement"),
                    CENTRAL_ASIA),
            en("Meeting of the Council of National Coordinators of CARICC", EventKind.MEETING, EditionStyle.SESSION,
                    List.of("caricc"), List.of("information.timely", "drugs", "information.analysis"), CENTRAL_ASIA),
            en("GCTF Coordinating Committee Meeting", EventKind.MEETING, EditionStyle.ORDINAL, List.of("gctf"),
                    List.of("terrorism", "cooperation.regional"), WORLD),
            en("INTERPOL Asian Regional Conference", EventKind.CONFERENCE, EditionStyle.ORDINAL, List.of("interpol"),
                    List.of("toc", "cybercrime", "information.databases"), List.of("CN", "IN", "KZ", "TH", "UZ")),
            en("BMSC Staff Course for Senior Border and Customs Officials", EventKind.TRAINING, EditionStyle.ORDINAL,
                    List.of("osce-bmsc", "osce"), List.of("border", "border.customs", "training"), List.of("TJ")),
            // Cyrillic series last: RUSSIAN_SERIES counts them.
            ru("Совещание руководителей компетентных органов государств — членов ШОС", EditionStyle.RU_NEUTER,
                    List.of("rats-sco", "sco"), List.of("terrorism", "information"), SCO),
            ru("Заседание Совета РАТС ШОС", EditionStyle.RU_NEUTER, List.of("rats-sco"),
                    List.of("terrorism", "terrorism.search"), SCO),
            ru("Совещание руководителей антинаркотических ведомств государств — членов ШОС", EditionStyle.RU_NEUTER,
                    List.of("sco"), List.of("drugs", "precursors"), SCO),
            ru("Заседание Координационного совета руководителей компетентных органов по противодействию незаконному "
                    + "обороту наркотиков государств — членов ОДКБ", EditionStyle.RU_NEUTER,
                    List.of("csto-drug-council", "csto"), List.of("drugs", "drugs.controlled-deliveries"), CSTO),
            new Series("Научно-практическая конференция РАТС ШОС", EventKind.CONFERENCE, EditionStyle.RU_FEMININE,
                    List.of("rats-sco"), List.of("terrorism.trends", "terrorism.internet"), SCO),
            ru("Заседание Совета руководителей органов безопасности и специальных служб государств — участников СНГ",
                    EditionStyle.RU_NEUTER, List.of("cis-council-security-heads"), List.of("terrorism", "extremism"), CIS),
            ru("Пленарное заседание ЕАГ", EditionStyle.RU_NEUTER, List.of("eag"), List.of("aml-cft"), SCO));

    static final int RUSSIAN_SERIES = (int) SERIES.stream().filter(Series::russian).count();

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

    static final List<Place> CITIES = List.of(
            new Place("Tashkent", "Ташкент", "UZ"), new Place("Tashkent", "Ташкент", "UZ"),
            new Place("Samarkand", "Самарканд", "UZ"), new Place("Bukhara", "Бухара", "UZ"),
            new Place("Astana", "Астана", "KZ"), new Place("Almaty", "Алматы", "KZ"),
            new Place("Bishkek", "Бишкек", "KG"), new Place("Cholpon-Ata", "Чолпон-Ата", "KG"),
            new Place("Dushanbe", "Душанбе", "TJ"), new Place("Ashgabat", "Ашхабад", "TM"),
            new Place("Moscow", "Москва", "RU"), new Place("Saint Petersburg", "Санкт-Петербург", "RU"),
            new Place("Kazan", "Казань", "RU"), new Place("Sochi", "Сочи", "RU"),
            new Place("Beijing", "Пекин", "CN"), new Place("Qingdao", "Циндао", "CN"), new Place("Urumqi", "Урумчи", "CN"),
            new Place("New Delhi", "Нью-Дели", "IN"), new Place("Islamabad", "Исламабад", "PK"),
            new Place("Tehran", "Тегеран", "IR"), new Place("Minsk", "Минск", "BY"), new Place("Baku", "Баку", "AZ"),
            new Place("Yerevan", "Ереван", "AM"), new Place("Vienna", "Вена", "AT"), new Place("Vienna", "Вена", "AT"),
            new Place("Geneva", "Женева", "CH"), new Place("New York", "Нью-Йорк", "US"),
            new Place("Brussels", "Брюссель", "BE"), new Place("Paris", "Париж", "FR"), new Place("Lyon", "Лион", "FR"),
            new Place("Doha", "Доха", "QA"), new Place("Ankara", "Анкара", "TR"), new Place("Istanbul", "Стамбул", "TR"),
            new Place("Abu Dhabi", "Абу-Даби", "AE"), new Place("Berlin", "Берлин", "DE"),
            new Place("Bangkok", "Бангкок", "TH"));

    static final List<String> MOTTOS = List.of("Combating Terrorism – Cooperation without Borders",
            "Together against drugs", "Security through partnership", "Shared threats, shared responses",
            "Единство в борьбе с терроризмом");

    static final List<String> VENUES = List.of("Hotel Uzbekistan", "Congress Hall", "Palace of Independence",
            "Vienna International Centre", "Headquarters of RATS SCO", "Conference hall of the Ministry of Foreign Affairs",
            "Academy of the Ministry of Internal Affairs", "Конференц-зал Исполнительного комитета СНГ");

    static final List<String> DESCRIPTIONS = List.of("Competent bodies of the member states", "Observers",
            "Representatives of academia", "Representatives of the diplomatic corps", "Компетентные органы государств-членов",
            "Independent experts");

    static final List<String[]> FIRST_NAMES = List.of(new String[] {"Alexander", "Александр"},
            new String[] {"Dmitry", "Дмитрий"}, new String[] {"Sergey", "Сергей"}, new String[] {"Evgeny", "Евгений"},
            new String[] {"Rustam", "Рустам"}, new String[] {"Bakhtiyor", "Бахтиёр"}, new String[] {"Nurlan", "Нурлан"},
            new String[] {"Azamat", "Азамат"}, new String[] {"Farrukh", "Фаррух"}, new String[] {"Dilnoza", "Дилноза"},
            new String[] {"Aigerim", "Айгерим"}, new String[] {"Olga", "Ольга"}, new String[] {"Elena", "Елена"},
            new String[] {"Zhang", "Чжан"}, new String[] {"Rahul", "Рахул"}, new String[] {"Imran", "Имран"},
            new String[] {"Maria", "Мария"}, new String[] {"Jean-Pierre", "Жан-Пьер"}, new String[] {"John", "Джон"});

    static final List<String[]> SURNAMES = List.of(new String[] {"Ivanov", "Иванов"},
            new String[] {"Sysoev", "Сысоев"}, new String[] {"Pustovitov", "Пустовитов"},
            new String[] {"Karimov", "Каримов"}, new String[] {"Yusupov", "Юсупов"}, new String[] {"Tokayev", "Токаев"},
            new String[] {"Abdullaev", "Абдуллаев"}, new String[] {"Nazarov", "Назаров"},
            new String[] {"Rakhmonov", "Рахмонов"}, new String[] {"Dzhumabaev", "Джумабаев"},
            new String[] {"Smirnova", "Смирнова"}, new String[] {"Kuznetsova", "Кузнецова"}, new String[] {"Wei", "Вэй"},
            new String[] {"Sharma", "Шарма"}, new String[] {"Khan", "Хан"}, new String[] {"Dupont", "Дюпон"},
            new String[] {"Smith", "Смит"}, new String[] {"Müller", "Мюллер"}, new String[] {"Orazov", "Оразов"},
            new String[] {"Aliyev", "Алиев"});

    static final List<String> HONORIFICS = List.of("Mr", "Mr", "Ms", "Dr", "Col.", "Maj. Gen.", "Prof.");

    static final List<String> POSITIONS = List.of("Director", "Deputy Director", "Head of Department",
            "Chief Expert", "Senior Inspector", "Counsellor", "Liaison Officer", "Head of the International Cooperation "
                    + "Division", "Начальник управления", "Старший оперуполномоченный");

    static final List<String> SENTENCES = List.of(
            "The parties exchanged views on the current state, dynamics and trends of the threat.",
            "The meeting reviewed the implementation of the decisions of the previous meeting.",
            "Participants noted the emergence of new challenges associated with the use of information technologies.",
            "The delegations shared national experience in countering the financing of terrorism.",
            "Particular attention was paid to the situation in Afghanistan and its effect on the region.",
            "The parties agreed to strengthen the timely exchange of operational information.",
            "A joint plan of practical measures for the next two years was adopted.",
            "The seminar brought together practitioners from law-enforcement and special services.",
            "Experts presented the results of joint operations and controlled deliveries.",
            "The outcome document will be submitted to the Council for approval.",
            "Стороны обменялись мнениями о текущем состоянии и тенденциях террористической угрозы.",
            "Участники отметили важность своевременного обмена информацией.",
            "Next meeting to be held in the second half of the year, the venue to be agreed through diplomatic channels.");

    private static Series en(String title, EventKind kind, EditionStyle style, List<String> organisers,
            List<String> themes, List<String> region) {
        return new Series(title, kind, style, organisers, themes, region);
    }

    private static Series ru(String title, EditionStyle style, List<String> organisers, List<String> themes,
            List<String> region) {
        return new Series(title, EventKind.MEETING, style, organisers, themes, region);
    }

    /** The title of one event of a series, with its edition (or year) written the series' way. */
    static String seriesTitle(Series series, Integer edition, int year) {
        if (series.style() == EditionStyle.YEAR) {
            return series.title() + " " + year;
        }
        if (edition == null) {
            return series.title();
        }
        return switch (series.style()) {
            case ORDINAL -> ordinal(edition) + " " + series.title();
            case SESSION -> series.title() + " (" + numbered(edition) + " session)";
            case RU_NEUTER -> edition + "-е " + lowerFirst(series.title());
            case RU_FEMININE -> edition + "-я " + lowerFirst(series.title());
            case YEAR -> throw new AssertionError();
        };
    }

    private static final List<String> ORDINAL_WORDS = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth",
            "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth");

    private static String ordinal(int n) {
        return n <= ORDINAL_WORDS.size() ? ORDINAL_WORDS.get(n - 1) : numbered(n);
    }

    private static String numbered(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
