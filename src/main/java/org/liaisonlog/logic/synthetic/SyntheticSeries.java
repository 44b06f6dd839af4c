package org.liaisonlog.logic.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.theme.Theme;

/**
 * Series of recurring events, named as real ones are: meetings of heads of a kind of body of an
 * organisation's member states, expert working groups on a theme, councils, plenaries, annual
 * conferences and exercises; in English and in Russian. About 150 series, so that a catalogue
 * of 20 000 events has a few editions of each a year. Organisations and themes are named by
 * their keys in the shipped reference data.
 */
record SyntheticSeries(String title, EventKind kind, Style style, List<String> organisers, List<String> themes,
        List<String> region) {

    /** How an edition is written into the title. */
    enum Style {
        /** "Sixth Meeting of …", "21st Meeting of …". */
        ORDINAL,
        /** "Meeting of the Council … (35th session)". */
        SESSION,
        /** No edition, the year instead: "OSCE-wide Counter-Terrorism Conference 2019". */
        YEAR,
        /** "35-е заседание Совета РАТС ШОС". */
        RU_NEUTER,
        /** "12-я научно-практическая конференция РАТС ШОС". */
        RU_FEMININE
    }

    /** An organisation whose member states meet: its names, reference key and where it meets. */
    private record Family(String en, String ru, String members, String key, List<String> region) {
    }

    /** A kind of body whose heads meet, and what they talk about. */
    private record Body(String en, String ru, List<String> themes) {
    }

    private static final List<String> SCO = List.of("UZ", "KZ", "KG", "TJ", "RU", "CN", "IN", "PK", "IR", "BY");
    private static final List<String> CIS = List.of("RU", "BY", "KZ", "KG", "TJ", "UZ", "AZ", "AM", "TM");
    private static final List<String> CSTO = List.of("RU", "BY", "KZ", "KG", "TJ", "AM");
    private static final List<String> CICA = List.of("KZ", "TR", "AZ", "CN", "QA", "IN", "IR", "RU");
    private static final List<String> CENTRAL_ASIA = List.of("UZ", "KZ", "KG", "TJ", "TM");
    private static final List<String> WORLD = List.of("AT", "CH", "US", "BE", "FR", "QA", "TR", "AE", "DE", "TH");

    private static final List<Family> FAMILIES = List.of(
            new Family("SCO", "ШОС", "государств — членов ШОС", "sco", SCO),
            new Family("CSTO", "ОДКБ", "государств — членов ОДКБ", "csto", CSTO),
            new Family("CIS", "СНГ", "государств — участников СНГ", "cis", CIS),
            new Family("CICA", "СВМДА", "государств — членов СВМДА", "cica", CICA));

    private static final List<Body> BODIES = List.of(
            new Body("Competent Authorities", "компетентных органов",
                    List.of("terrorism", "information", "extremism")),
            new Body("Border Services", "пограничных ведомств", List.of("border", "border.strengthening")),
            new Body("Anti-Drug Agencies", "антинаркотических ведомств", List.of("drugs", "precursors", "drugs.routes")),
            new Body("Financial Intelligence Units", "подразделений финансовой разведки",
                    List.of("aml-cft", "aml-cft.terrorist-financing")),
            new Body("Ministries of Internal Affairs", "министерств внутренних дел",
                    List.of("toc", "cooperation.regional")),
            new Body("Customs Services", "таможенных служб", List.of("border.customs", "border.cargo")),
            new Body("Special Services", "специальных служб", List.of("terrorism.search", "information.analysis")));

    private static final Set<String> PROPER_NOUNS = Set.of("Afghanistan", "Middle", "Central", "Cannabis", "Cocaine");

    /** The title of one event of the series, its edition (or year) written the series' way. */
    String eventTitle(Integer edition, int year) {
        if (style == Style.YEAR) {
            return title + " " + year;
        }
        if (edition == null) {
            return title;
        }
        return switch (style) {
            case ORDINAL -> ordinal(edition) + " " + title;
            case SESSION -> title + " (" + numbered(edition) + " session)";
            case RU_NEUTER -> edition + "-е " + lowerFirst(title);
            case RU_FEMININE -> edition + "-я " + lowerFirst(title);
            case YEAR -> throw new AssertionError();
        };
    }

    /** Heads of bodies of each family, expert working groups on every theme, and the one-of-a-kind series. */
    static List<SyntheticSeries> inEnglish(List<Theme> themes) {
        List<SyntheticSeries> series = new ArrayList<>(SPECIAL);
        for (Family family : FAMILIES) {
            for (Body body : BODIES) {
                series.add(new SyntheticSeries("Meeting of Heads of " + body.en() + " of " + family.en()
                        + " Member States", EventKind.MEETING, Style.ORDINAL, List.of(family.key()), body.themes(),
                        family.region()));
            }
        }
        for (int i = 0; i < themes.size(); i++) {
            Theme theme = themes.get(i);
            Family family = FAMILIES.get(i % FAMILIES.size());
            series.add(new SyntheticSeries("Meeting of the " + family.en() + " Expert Working Group on "
                    + inSentence(theme.nameEn()), EventKind.MEETING, i % 2 == 0 ? Style.ORDINAL : Style.SESSION,
                    List.of(family.key()), List.of(theme.refKey()), family.region()));
        }
        return series;
    }

    /** Heads of bodies of the families that work in Russian, and Russian-named councils. */
    static List<SyntheticSeries> inRussian() {
        List<SyntheticSeries> series = new ArrayList<>(SPECIAL_RU);
        for (Family family : FAMILIES.subList(0, 3)) {
            for (Body body : BODIES) {
                series.add(new SyntheticSeries("Совещание руководителей " + body.ru() + " " + family.members(),
                        EventKind.MEETING, Style.RU_NEUTER, List.of(family.key()), body.themes(), family.region()));
            }
        }
        return series;
    }

    /** A theme's name inside a sentence: lower case unless it starts with a proper noun. */
    static String inSentence(String name) {
        return PROPER_NOUNS.contains(name.split(" ")[0]) ? name : lowerFirst(name);
    }

    private static final List<SyntheticSeries> SPECIAL = List.of(
            meeting("Meeting of the Council of the Regional Anti-Terrorist Structure of the Shanghai Cooperation "
                    + "Organisation", Style.SESSION, List.of("rats-sco", "rats-sco-executive-committee"),
                    List.of("terrorism", "terrorism.search", "terrorism.ftf"), SCO),
            new SyntheticSeries("Scientific and Practical Conference of the Regional Anti-Terrorist Structure of the "
                    + "Shanghai Cooperation Organization (RATS SCO)", EventKind.CONFERENCE, Style.ORDINAL,
                    List.of("rats-sco"), List.of("terrorism.trends", "terrorism.internet", "terrorism.ideology"), SCO),
            new SyntheticSeries("Joint Anti-Terrorist Exercise of the Competent Authorities of SCO Member States",
                    EventKind.EXERCISE, Style.YEAR, List.of("rats-sco"),
                    List.of("exercises.anti-terrorism", "exercises"), SCO),
            meeting("Meeting of the Council of Heads of Financial Intelligence Units of CIS Member States",
                    Style.SESSION, List.of("cis-fiu-council", "cis"),
                    List.of("aml-cft", "aml-cft.terrorist-financing", "aml-cft.virtual-assets"), CIS),
            meeting("Meeting of the Council of Heads of Security Agencies and Special Services of CIS Member States",
                    Style.SESSION, List.of("cis-council-security-heads", "cis-atc"),
                    List.of("terrorism", "extremism", "information.databases"), CIS),
            meeting("Meeting of the CSTO Coordination Council of Heads of Competent Authorities on Countering Illicit "
                    + "Drug Trafficking", Style.SESSION, List.of("csto-drug-council", "csto"),
                    List.of("drugs", "drugs.controlled-deliveries", "precursors.control"), CSTO),
            new SyntheticSeries("International Anti-Drug Operation “Channel”", EventKind.EXERCISE, Style.YEAR,
                    List.of("csto", "csto-secretariat"), List.of("exercises.joint-operations", "drugs.routes"), CSTO),
            meeting("EAG Plenary Meeting", Style.ORDINAL, List.of("eag"),
                    List.of("aml-cft", "aml-cft.drug-proceeds", "aml-cft.financial-investigations"), SCO),
            new SyntheticSeries("OSCE-wide Counter-Terrorism Conference", EventKind.CONFERENCE, Style.YEAR,
                    List.of("osce", "osce-tntd"), List.of("terrorism", "extremism.rehabilitation", "terrorism.ftf"),
                    List.of("AT", "UZ", "KZ", "TJ", "CH")),
            meeting("Paris Pact Policy Consultative Group Meeting", Style.ORDINAL, List.of("paris-pact", "unodc"),
                    List.of("drugs.opiates", "drugs.routes", "security.afghanistan"), List.of("AT", "FR", "UZ")),
            meeting("Session of the Commission on Narcotic Drugs", Style.ORDINAL, List.of("cnd", "unodc"),
                    List.of("drugs", "nps", "nps.scheduling"), List.of("AT")),
            meeting("Meeting of the CICA Special Working Group on New Challenges and Threats", Style.ORDINAL,
                    List.of("cica", "cica-secretariat"), List.of("toc", "terrorism", "drugs"), CICA),
            new SyntheticSeries("High-Level Conference of Heads of Counter-Terrorism Agencies of Member States",
                    EventKind.CONFERENCE, Style.YEAR, List.of("unoct", "uncct"),
                    List.of("terrorism", "cooperation.unsc-resolutions", "terrorism.ftf"), List.of("US")),
            new SyntheticSeries("Regional Training Course on Controlled Deliveries", EventKind.TRAINING, Style.ORDINAL,
                    List.of("unodc-roca", "caricc"), List.of("drugs.controlled-deliveries", "training.law-enforcement"),
                    CENTRAL_ASIA),
            meeting("Meeting of the Council of National Coordinators of CARICC", Style.SESSION, List.of("caricc"),
                    List.of("information.timely", "drugs", "information.analysis"), CENTRAL_ASIA),
            meeting("GCTF Coordinating Committee Meeting", Style.ORDINAL, List.of("gctf"),
                    List.of("terrorism", "cooperation.regional"), WORLD),
            new SyntheticSeries("INTERPOL Asian Regional Conference", EventKind.CONFERENCE, Style.ORDINAL,
                    List.of("interpol"), List.of("toc", "cybercrime", "information.databases"),
                    List.of("CN", "IN", "KZ", "TH", "UZ")),
            new SyntheticSeries("BMSC Staff Course for Senior Border and Customs Officials", EventKind.TRAINING,
                    Style.ORDINAL, List.of("osce-bmsc", "osce"), List.of("border", "border.customs", "training"),
                    List.of("TJ")));

    private static final List<SyntheticSeries> SPECIAL_RU = List.of(
            meeting("Заседание Совета РАТС ШОС", Style.RU_NEUTER, List.of("rats-sco"),
                    List.of("terrorism", "terrorism.search"), SCO),
            meeting("Заседание Координационного совета руководителей компетентных органов по противодействию "
                    + "незаконному обороту наркотиков государств — членов ОДКБ", Style.RU_NEUTER,
                    List.of("csto-drug-council", "csto"), List.of("drugs", "drugs.controlled-deliveries"), CSTO),
            new SyntheticSeries("Научно-практическая конференция РАТС ШОС", EventKind.CONFERENCE, Style.RU_FEMININE,
                    List.of("rats-sco"), List.of("terrorism.trends", "terrorism.internet"), SCO),
            meeting("Заседание Совета руководителей органов безопасности и специальных служб государств — участников "
                    + "СНГ", Style.RU_NEUTER, List.of("cis-council-security-heads"), List.of("terrorism", "extremism"),
                    CIS),
            meeting("Пленарное заседание ЕАГ", Style.RU_NEUTER, List.of("eag"), List.of("aml-cft"), SCO));

    private static SyntheticSeries meeting(String title, Style style, List<String> organisers, List<String> themes,
            List<String> region) {
        return new SyntheticSeries(title, EventKind.MEETING, style, organisers, themes, region);
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
