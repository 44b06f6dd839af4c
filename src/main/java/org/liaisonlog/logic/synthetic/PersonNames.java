package org.liaisonlog.logic.synthetic;

import java.util.Arrays;
import java.util.List;

/**
 * The names synthetic people are made of: Russian and Central Asian names in Cyrillic (written
 * in Latin letters by {@link Transliteration}), and names from elsewhere with the Cyrillic
 * spelling a Russian document would give them.
 */
final class PersonNames {

    private PersonNames() {
    }

    static final List<String> SURNAMES = words("""
            Щербаков Пустовитов Жуков Цой Чернышёв Юсупов Яковлев Зайцев Шевченко Кузнецов Иванов Сысоев
            Каримов Назаров Рахмонов Джумабаев Оразов Алиев Абдуллаев Токаев Ахмедов Хасанов Исмаилов
            Мухаммедов Байжанов Жумабеков Нурмагамбетов Сулейменов Эргашев Холматов Шарипов Юлдашев Ходжаев
            Турсунов Маматов Асанов Осмонов Бекмуратов Садыков Соколов Попов Лебедев Козлов Новиков Морозов
            Петров Волков Соловьёв Васильев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров
            Михайлов Беляев Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов
            Кузьмин Кудрявцев Баранов Куликов Алексеев Степанов Сорокин Сергеев Романов Захаров Борисов
            Королёв Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков
            Цветков Данилов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов Федотов Егоров
            Матвеев Бобров Дмитриев Калинин Антонов Тимофеев Филиппов Марков Миронов Ширяев Александров
            Коновалов Шестаков Казаков Ефимов Денисов Громов Давыдов Мельников Щукин Блинов Колесников
            Карпов Афанасьев Власов Маслов Исаков Тихонов Аксёнов Гаврилов Родионов Котов Быков Зуев
            Третьяков Савельев Рыбаков Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Чернов
            Овчинников Селезнёв Хохлов Жданов Наумов Воронцов Ермаков Дроздов Игнатьев Логинов Сафонов
            Кириллов Моисеев Елисеев Ефремов Исаев Калашников Юдин Прохоров Нестеров Харитонов Муравьёв
            Зимин Шубин Филатов Крюков Молчанов Щеглов Жилин Чижов Юрченко Ткаченко Кравченко Бондаренко
            Хабибуллин Гарипов Хайруллин Нуриев Сафаров Мирзоев Рахимов Усманов Хакимов Рашидов Умаров
            Джураев Кадыров Тагиев Мамедов Гусейнов Саркисян Арутюнян Лукашевич Ковальчук""");

    static final List<String> MALE_NAMES = words("""
            Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Владимир Вячеслав
            Геннадий Георгий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим
            Михаил Никита Николай Олег Павел Пётр Роман Сергей Станислав Юрий Ярослав Рустам Бахтиёр
            Нурлан Азамат Фаррух Тимур Жасур Улугбек Ержан Асхат Канат Эльдар Шухрат Алишер Бекзод
            Дильшод Отабек Зафар Хуршид Мурат Ильхам Рашид""");

    static final List<String> FEMALE_NAMES = words("""
            Анна Елена Ольга Наталья Татьяна Ирина Светлана Юлия Мария Екатерина Дилноза Айгерим Гульнара
            Зарина Нигора Жанна Шахноза Лола Мадина Асель Ксения Людмила""");

    /** Patronymics in their masculine form; "-вич" becomes "-вна" for a woman. */
    static final List<String> PATRONYMICS = words("""
            Александрович Алексеевич Андреевич Борисович Викторович Владимирович Дмитриевич Евгеньевич
            Иванович Игоревич Михайлович Николаевич Олегович Павлович Петрович Сергеевич Юрьевич
            Анатольевич Валерьевич Геннадьевич""");

    /** Names from elsewhere: given name, surname, each Latin/Cyrillic. */
    static final List<String[]> FOREIGN_GIVEN = pairs("""
            Zhang/Чжан Li/Ли Wang/Ван Liu/Лю Chen/Чэнь Rahul/Рахул Amit/Амит Priya/Прия Imran/Имран
            Ahmed/Ахмед Bilal/Билал Ali/Али Reza/Реза Mohammad/Мохаммад Mehmet/Мехмет Ayşe/Айше
            Jean-Pierre/Жан-Пьер Marie/Мари John/Джон Michael/Майкл Sarah/Сара Thomas/Томас Anna/Анна
            Klaus/Клаус Stefan/Штефан Giovanni/Джованни Hassan/Хасан Khalid/Халид Fatima/Фатима
            Somchai/Сомчай Jürgen/Юрген Hiroshi/Хироси""");

    static final List<String[]> FOREIGN_SURNAMES = pairs("""
            Wei/Вэй Zhao/Чжао Sun/Сунь Sharma/Шарма Singh/Сингх Gupta/Гупта Khan/Хан Qureshi/Куреши
            Hosseini/Хоссейни Rezaei/Резаи Yılmaz/Йылмаз Demir/Демир Dupont/Дюпон Martin/Мартен Smith/Смит
            Johnson/Джонсон Müller/Мюллер Schmidt/Шмидт Rossi/Росси Al-Thani/Аль-Тани Haddad/Хаддад
            Suzuki/Судзуки Tanaka/Танака Nguyen/Нгуен Fischer/Фишер Kowalski/Ковальский""");

    static final List<String> HONORIFICS = List.of("Mr", "Mr", "Mr", "Ms", "Dr", "Col.", "Lt. Col.", "Maj. Gen.",
            "Prof.", "Amb.");

    static final List<String> POSITIONS = List.of("Director", "Deputy Director", "Head of Department",
            "Deputy Head of Department", "Chief Expert", "Senior Expert", "Senior Inspector", "Counsellor",
            "First Secretary", "Liaison Officer", "Programme Officer", "Head of the International Cooperation Division",
            "Head of the Analytical Division", "Senior Analyst", "Investigator for Particularly Important Cases",
            "Начальник управления", "Заместитель начальника управления", "Старший оперуполномоченный",
            "Главный специалист", "Советник", "Начальник отдела международного сотрудничества");

    /** The feminine form of a Russian surname: Щербаков → Щербакова, Лукашевич stays. */
    static String feminine(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ёв") || surname.endsWith("ин")) {
            return surname + "а";
        }
        if (surname.endsWith("ский")) {
            return surname.substring(0, surname.length() - 4) + "ская";
        }
        return surname;
    }

    static String femininePatronymic(String patronymic) {
        return patronymic.substring(0, patronymic.length() - 3) + "вна";
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.trim().split("\\s+")).toList();
    }

    private static List<String[]> pairs(String text) {
        return words(text).stream().map(p -> p.split("/")).toList();
    }
}
