package org.liaisonlog.logic.synthetic;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What synthetic organisations are called: kinds of national body and their departments, in English and Russian. */
final class OrganisationNames {

    private OrganisationNames() {
    }

    /**
     * A kind of body: English and Russian names (Russian nominative and genitive), acronyms
     * ("" when none) and another English name it goes by ("" when none).
     */
    record Body(String en, String ru, String ruGenitive, String acronym, String acronymRu, String otherName) {
    }

    /** A department inside a body: English and Russian. */
    record Department(String en, String ru) {
    }

    static final List<Body> BODIES = bodies("""
            Ministry of Internal Affairs|Министерство внутренних дел|Министерства внутренних дел|MIA|МВД|Ministry of the Interior
            Ministry of Foreign Affairs|Министерство иностранных дел|Министерства иностранных дел|MFA|МИД|Foreign Ministry
            Ministry of Justice|Министерство юстиции|Министерства юстиции|MOJ|Минюст|
            Ministry of Defence|Министерство обороны|Министерства обороны|MOD|Минобороны|
            Ministry of Finance|Министерство финансов|Министерства финансов|MOF|Минфин|
            Ministry of Health|Министерство здравоохранения|Министерства здравоохранения|MOH|Минздрав|
            Ministry of Emergency Situations|Министерство по чрезвычайным ситуациям|Министерства по чрезвычайным ситуациям|MES|МЧС|
            State Security Service|Служба государственной безопасности|Службы государственной безопасности|SSS|СГБ|
            National Security Committee|Комитет национальной безопасности|Комитета национальной безопасности|NSC|КНБ|
            Border Service|Пограничная служба|Пограничной службы|||Border Guard Service
            State Customs Committee|Государственный таможенный комитет|Государственного таможенного комитета|SCC|ГТК|Customs Committee
            Drug Control Agency|Агентство по контролю за наркотиками|Агентства по контролю за наркотиками|DCA|АКН|Drug Control Service
            Financial Intelligence Unit|Подразделение финансовой разведки|Подразделения финансовой разведки|FIU|ПФР|
            Financial Monitoring Service|Служба финансового мониторинга|Службы финансового мониторинга|FMS|СФМ|
            Prosecutor General's Office|Генеральная прокуратура|Генеральной прокуратуры|PGO|ГП|Office of the Prosecutor General
            Supreme Court|Верховный суд|Верховного суда|||
            Anti-Corruption Agency|Агентство по противодействию коррупции|Агентства по противодействию коррупции|ACA|АПК|
            National Police|Национальная полиция|Национальной полиции|||Police Service
            National Guard|Национальная гвардия|Национальной гвардии|NG|НГ|
            Investigative Committee|Следственный комитет|Следственного комитета|IC|СК|
            State Migration Service|Государственная миграционная служба|Государственной миграционной службы|SMS|ГМС|
            National Anti-Terrorism Centre|Национальный антитеррористический центр|Национального антитеррористического центра|NATC|НАТЦ|
            Security Council|Совет безопасности|Совета безопасности|||
            Central Bank|Центральный банк|Центрального банка|CB|ЦБ|National Bank
            State Committee for Religious Affairs|Государственный комитет по делам религий|Государственного комитета по делам религий|||
            Presidential Administration|Администрация Президента|Администрации Президента|||""");

    static final List<Department> DEPARTMENTS = departments("""
            Department for Combating Illicit Drug Trafficking|Управление по борьбе с незаконным оборотом наркотиков
            Main Directorate for Combating Extremism|Главное управление по противодействию экстремизму
            Counter-Terrorism Department|Антитеррористическое управление
            International Cooperation Department|Управление международного сотрудничества
            Department for Combating Cybercrime|Управление по борьбе с киберпреступностью
            INTERPOL National Central Bureau|Национальное центральное бюро Интерпола
            Analytical Centre|Аналитический центр
            Forensic Science Centre|Экспертно-криминалистический центр
            Department for Combating Trafficking in Human Beings|Управление по борьбе с торговлей людьми
            Operational Search Department|Оперативно-розыскное управление
            Training Centre|Учебный центр
            Department for Countering Money Laundering|Управление по противодействию легализации преступных доходов
            Border Control Division|Отдел пограничного контроля
            Legal Department|Правовой департамент
            Press Service|Пресс-служба
            Regional Directorate North|Региональное управление «Север»
            Regional Directorate South|Региональное управление «Юг»
            Canine Centre|Кинологический центр""");

    /** Academic bodies: English and Russian patterns, {country} / {countryRu} filled in. */
    static final List<Department> ACADEMIC = departments("""
            Academy of the Ministry of Internal Affairs of {country}|Академия Министерства внутренних дел {countryRu}
            Institute for Strategic and Regional Studies of {country}|Институт стратегических и региональных исследований {countryRu}
            Law Enforcement Academy of {country}|Правоохранительная академия {countryRu}
            National University of {country}, Faculty of Law|Национальный университет {countryRu}, юридический факультет
            Border Guard Institute of {country}|Институт пограничной службы {countryRu}
            Research Institute of Criminology of {country}|Научно-исследовательский институт криминологии {countryRu}""");

    /** Non-governmental bodies: {city} filled in, English only. */
    static final List<String> NGOS = List.of("{city} Centre for Drug Policy Research", "Public Foundation “Safe {city}”",
            "{city} Association of Families against Drugs", "Harm Reduction Network of {city}",
            "{city} Institute for Peace and Conflict Studies", "Youth against Extremism ({city})",
            "{city} Centre for Countering Radicalisation", "Civil Society Forum on Security ({city})");

    /** Field offices of international organisations: acronym of the parent in the shipped data, English pattern. */
    static final List<String[]> FIELD_OFFICES = Arrays.stream(new String[] {
        "UNODC|UNODC Programme Office in {country}", "OSCE|OSCE Programme Office in {city}",
        "IOM|IOM Mission in {country}", "UNDP|UNDP Country Office in {country}", "EU|EU Delegation to {country}",
        "INTERPOL|INTERPOL Liaison Office in {city}", "UNOCT|UNOCT Programme Office in {city}"})
            .map(s -> s.split("\\|")).toList();

    /** Russian genitive of the countries the field works in most ("Республики Узбекистан"). */
    static final Map<String, String> GENITIVE = Map.ofEntries(Map.entry("RU", "Российской Федерации"),
            Map.entry("KZ", "Республики Казахстан"), Map.entry("KG", "Кыргызской Республики"),
            Map.entry("TJ", "Республики Таджикистан"), Map.entry("UZ", "Республики Узбекистан"),
            Map.entry("TM", "Туркменистана"), Map.entry("BY", "Республики Беларусь"),
            Map.entry("AZ", "Азербайджанской Республики"), Map.entry("AM", "Республики Армения"),
            Map.entry("CN", "Китайской Народной Республики"), Map.entry("IN", "Республики Индия"),
            Map.entry("PK", "Исламской Республики Пакистан"), Map.entry("IR", "Исламской Республики Иран"),
            Map.entry("AF", "Афганистана"), Map.entry("MN", "Монголии"), Map.entry("TR", "Турецкой Республики"),
            Map.entry("DE", "Германии"), Map.entry("FR", "Франции"), Map.entry("US", "США"),
            Map.entry("AT", "Австрии"));

    private static List<Body> bodies(String text) {
        return text.lines().map(String::trim).map(l -> l.split("\\|", -1))
                .map(p -> new Body(p[0], p[1], p[2], p[3], p[4], p[5])).toList();
    }

    private static List<Department> departments(String text) {
        return text.lines().map(String::trim).map(l -> l.split("\\|", -1))
                .map(p -> new Department(p[0], p[1])).toList();
    }
}
