package org.liaisonlog.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.organisation.OrganisationRowViewModel;
import org.liaisonlog.gui.organisation.OrganisationsViewModel;
import org.liaisonlog.gui.person.PeopleViewModel;
import org.liaisonlog.gui.person.PersonRowViewModel;
import org.liaisonlog.gui.trip.TripRowViewModel;
import org.liaisonlog.gui.trip.TripsViewModel;
import org.liaisonlog.gui.util.CollatedOrder;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.organisation.OrganisationService.OrganisationList;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.person.PersonService.PersonList;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.trip.TripSummary;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * How fast the people, organisations and trips screens open, sort and filter on an existing
 * catalogue (one made by the generate command, say). Prints a table of figures; asserts nothing.
 *
 * <pre>
 * ListScreensBenchmark --catalogue DIR [--runs 5] [--warmup 2]
 * </pre>
 *
 * Each screen is driven through its real view model (PeopleViewModel, OrganisationsViewModel,
 * TripsViewModel) with a synchronous executor, so that "open" is the service call plus the row
 * view models the view model builds, and with a {@link SortedList} over its rows as the view
 * binds one to its table: sorted by the table's first column with one {@link CollatedOrder}
 * per view, as PeopleView, OrganisationsView and TripsView do. Scrolling needs a JavaFX toolkit
 * and is not measured here. The row view models need only javafx-base: no toolkit is started.
 * The catalogue folder is opened as the app opens it (migrated if needed) and kept.
 */
public final class ListScreensBenchmark {

    private static final Locale LOCALE = Locale.ENGLISH;
    /** Keystrokes typed into each screen's filter, one after the other, then cleared again. */
    /** As many lines as the People screen shows first (PeopleViewModel.FIRST_LINES). */
    private static final int FIRST_PEOPLE = 200;
    private static final List<String> KEYSTROKES = List.of("a", "an", "and", "");

    private final int runs;
    private final int warmup;
    private final Messages messages = new Messages(LOCALE);
    /** Results fold into this, so that no measured work can be optimised away. */
    private long sink;

    private ListScreensBenchmark(int runs, int warmup) {
        this.runs = runs;
        this.warmup = warmup;
    }

    public static void main(String[] args) {
        // Flyway and jOOQ find slf4j-api (a test dependency) without a provider: no warning about it.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        List<String> rest = new ArrayList<>(List.of(args));
        int at = rest.indexOf("--catalogue");
        Path folder = null;
        if (at >= 0 && at + 1 < rest.size()) {
            folder = Path.of(rest.get(at + 1));
            rest.remove(at + 1);
            rest.remove(at);
        }
        Map<String, Long> values = BenchArgs.parse(rest.toArray(String[]::new), Map.of("runs", 5L, "warmup", 2L));
        if (folder == null || values == null || BenchArgs.intValue(values, "runs") <= 0
                || BenchArgs.intValue(values, "warmup") < 0) {
            System.err.println("usage: ListScreensBenchmark --catalogue DIR [--runs N] [--warmup N]");
            System.exit(2);
            return;
        }
        new ListScreensBenchmark(BenchArgs.intValue(values, "runs"), BenchArgs.intValue(values, "warmup"))
                .measure(folder);
    }

    private void measure(Path folder) {
        long opening = System.nanoTime();
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            double openSeconds = (System.nanoTime() - opening) / 1e9;
            printHeader(folder, openSeconds);
            people(catalogue);
            organisations(catalogue);
            trips(catalogue);
        }
        System.out.println("(checksum " + sink + ")");
    }

    // ---------------------------------------------------------------- people

    private void people(H2Catalogue catalogue) {
        PersonService service = new PersonService(catalogue);
        section("People");
        measure("(a) people().findAll()", () -> catalogue.people().findAll().size());
        measure("(a) people().eventCounts()", () -> catalogue.people().eventCounts().size());
        measure("(a) organisations().findAll() (for the organisation column)",
                () -> catalogue.organisations().findAll().size());
        measure("(a) countries().findAll()", () -> catalogue.countries().findAll().size());
        PersonList list = service.list();
        int count = list.people().size();
        measure("(a) PersonService.list(), in the background", count, () -> service.list().people().size());
        measure("(b) new PersonRowViewModel × all, in the background", count,
                () -> list.people().stream().map(p -> new PersonRowViewModel(p, list, LOCALE.getLanguage()))
                        .toList().size());
        // What the screen shows first: a screenful by name, read, made and sorted as the view sorts it.
        measure("(c) first lines: PersonService.first(" + FIRST_PEOPLE + "), rows, sorted by name", count, () -> {
            PersonList first = service.first(FIRST_PEOPLE);
            List<PersonRowViewModel> rows = first.people().stream()
                    .map(p -> new PersonRowViewModel(p, first, LOCALE.getLanguage())).toList();
            SortedList<PersonRowViewModel> sorted = new SortedList<>(javafx.collections.FXCollections
                    .observableArrayList(rows), Screen.byText(r -> r.nameProperty().get(), new CollatedOrder(LOCALE)));
            return sorted.size();
        });
        List<PersonRowViewModel> made = list.people().stream()
                .map(p -> new PersonRowViewModel(p, list, LOCALE.getLanguage())).toList();
        measure("(c) on the FX thread: all rows set and sorted by name (new CollatedOrder)", count, () -> {
            ObservableList<PersonRowViewModel> rows = javafx.collections.FXCollections.observableArrayList();
            SortedList<PersonRowViewModel> sorted = new SortedList<>(rows,
                    Screen.byText(r -> r.nameProperty().get(), new CollatedOrder(LOCALE)));
            rows.setAll(made);
            return sorted.size();
        });

        Map<String, Function<PersonRowViewModel, String>> columns = new LinkedHashMap<>();
        columns.put("name", r -> r.nameProperty().get());
        columns.put("other spellings", r -> r.otherSpellingsProperty().get());
        columns.put("position", r -> r.positionProperty().get());
        columns.put("organisation", r -> r.organisationProperty().get());
        columns.put("country", r -> r.countryProperty().get());
        screen(new Screen<>(
                () -> {
                    PeopleViewModel vm = new PeopleViewModel(service, TaskExecutor.synchronous(), dialogs(), messages);
                    return new Loaded<>(vm::load, vm.rows(), vm.filterProperty()::set);
                },
                columns, r -> r.eventsProperty().get(), "name", false), count);
    }

    // --------------------------------------------------------- organisations

    private void organisations(H2Catalogue catalogue) {
        OrganisationService service = new OrganisationService(catalogue);
        section("Organisations");
        measure("(a) organisations().findAll()", () -> catalogue.organisations().findAll().size());
        measure("(a) organisations().eventCounts()", () -> catalogue.organisations().eventCounts().size());
        OrganisationList list = service.list();
        int count = list.organisations().size();
        measure("(a) OrganisationService.list(), in the background", count,
                () -> service.list().organisations().size());
        measure("(b) new OrganisationRowViewModel × all, on the FX thread", count, () -> {
            Map<UUID, Organisation> byId = new HashMap<>();
            list.organisations().forEach(o -> byId.put(o.id(), o));
            return list.organisations().stream().map(o -> new OrganisationRowViewModel(o, byId, list, messages))
                    .toList().size();
        });

        Map<String, Function<OrganisationRowViewModel, String>> columns = new LinkedHashMap<>();
        columns.put("name", r -> r.nameProperty().get());
        columns.put("acronym", r -> r.acronymProperty().get());
        columns.put("kind", r -> r.kindProperty().get());
        columns.put("country", r -> r.countryProperty().get());
        columns.put("parent", r -> r.parentProperty().get());
        screen(new Screen<>(
                () -> {
                    OrganisationsViewModel vm = new OrganisationsViewModel(service, TaskExecutor.synchronous(),
                            dialogs(), messages);
                    return new Loaded<>(vm::load, vm.rows(), vm.filterProperty()::set);
                },
                columns, r -> r.eventsProperty().get(), "name", false), count);
    }

    // ----------------------------------------------------------------- trips

    private void trips(H2Catalogue catalogue) {
        TripService service = new TripService(catalogue);
        section("Trips");
        String language = LOCALE.getLanguage();
        List<TripSummary> list = service.list(language);
        int count = list.size();
        measure("(a) TripService.list() = trips().findAllSummaries(), in the background", count,
                () -> service.list(language).size());
        measure("(b) new TripRowViewModel × all, on the FX thread", count,
                () -> list.stream().map(t -> new TripRowViewModel(t, messages)).toList().size());

        Map<String, Function<TripRowViewModel, String>> columns = new LinkedHashMap<>();
        columns.put("travellers", r -> r.travellersProperty().get());
        columns.put("destinations", r -> r.destinationsProperty().get());
        columns.put("purpose", r -> r.purposeProperty().get());
        columns.put("status", r -> r.statusProperty().get());
        Screen<TripRowViewModel> screen = new Screen<>(
                () -> {
                    TripsViewModel vm = new TripsViewModel(service, TaskExecutor.synchronous(), dialogs(), messages);
                    return new Loaded<>(vm::load, vm.rows(), vm.filterProperty()::set);
                },
                columns, r -> r.eventsProperty().get(), null, true);
        screen(screen, count);
    }

    // ------------------------------------------------------ shared per screen

    /** A screen's view model as the benchmark drives it. */
    private record Loaded<R>(Runnable load, ObservableList<R> rows, java.util.function.Consumer<String> filter) {
    }

    /**
     * A screen: how to make its view model, its text columns, its number column, and the column
     * its table sorts by when it opens (a text column by name, or null for the trips' date,
     * newest first).
     */
    private record Screen<R>(Supplier<Loaded<R>> make, Map<String, Function<R, String>> textColumns,
                             Function<R, Integer> events, String openSortColumn, boolean byDate) {

        Comparator<R> openOrder(CollatedOrder order) {
            if (byDate) {
                // TripsView: the date column, descending, on the first day of the trip.
                return Comparator.<R, LocalDate>comparing(r -> ((TripRowViewModel) r).firstDateProperty().get(),
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed();
            }
            return byText(textColumns.get(openSortColumn), order);
        }

        static <R> Comparator<R> byText(Function<R, String> column, Comparator<String> order) {
            // The view's text column: Comparator.nullsFirst(CollatedOrder) on the cell value.
            return Comparator.comparing(column, Comparator.nullsFirst(order));
        }
    }

    private <R> void screen(Screen<R> screen, int count) {
        // Opening: a new view model and view (one new CollatedOrder, a SortedList bound to the
        // table's first sort), then load(): the service call, the rows, the filter, the sort.
        String openSort = screen.byDate() ? "date, newest first" : screen.openSortColumn();
        measure("(c) open: new view model + load() + sort by " + openSort + " (first time)", count, () -> {
            Loaded<R> vm = screen.make().get();
            SortedList<R> sorted = new SortedList<>(vm.rows(), screen.openOrder(new CollatedOrder(LOCALE)));
            vm.load().run();
            return sorted.size();
        });
        CollatedOrder order = new CollatedOrder(LOCALE);
        Loaded<R> vm = screen.make().get();
        SortedList<R> sorted = new SortedList<>(vm.rows(), screen.openOrder(order));
        vm.load().run();
        measure("(c) reload on the same screen (keys of the sorted column cached)", count, () -> {
            vm.load().run();
            return sorted.size();
        });

        for (Map.Entry<String, Function<R, String>> column : screen.textColumns().entrySet()) {
            Comparator<R> byColumn = Screen.byText(column.getValue(), order);
            // The first click on a column: its texts have no collation keys yet in the view's order.
            measure("(d) sort by " + column.getKey() + ", first click (new CollatedOrder)", count,
                    () -> {
                        sorted.setComparator(screen.openOrder(order));
                        return 0;
                    }, () -> {
                        sorted.setComparator(Screen.byText(column.getValue(), new CollatedOrder(LOCALE)));
                        return sorted.size();
                    });
            measure("(d) sort by " + column.getKey() + ", later clicks (keys cached)", count,
                    () -> {
                        sorted.setComparator(byColumn);
                        sorted.setComparator(screen.openOrder(order));
                        return 0;
                    }, () -> {
                        sorted.setComparator(byColumn);
                        return sorted.size();
                    });
            measure("(d) sort by " + column.getKey() + ", descending (keys cached)", count,
                    () -> {
                        sorted.setComparator(screen.openOrder(order));
                        return 0;
                    }, () -> {
                        sorted.setComparator(byColumn.reversed());
                        return sorted.size();
                    });
        }
        measure("(d) sort by events", count, () -> {
            sorted.setComparator(screen.openOrder(order));
            return 0;
        }, () -> {
            sorted.setComparator(Comparator.comparing(screen.events(), Comparator.nullsFirst(
                    Comparator.<Integer>naturalOrder())));
            return sorted.size();
        });
        sorted.setComparator(screen.openOrder(order));

        String before = "";
        for (String keystroke : KEYSTROKES) {
            String previous = before;
            vm.filter().accept(keystroke);
            int shown = sorted.size();
            measure("(e) filter \"" + previous + "\" → \"" + keystroke + "\" (" + shown + " rows shown, sorted)",
                    count, () -> {
                        vm.filter().accept(previous);
                        return 0;
                    }, () -> {
                        vm.filter().accept(keystroke);
                        return sorted.size();
                    });
            before = keystroke;
        }
        vm.filter().accept("");
    }

    private static RecordingDialogs dialogs() {
        return new RecordingDialogs();
    }

    // ------------------------------------------------------------- measuring

    private void measure(String what, IntSupplier work) {
        measure(what, -1, () -> 0, work);
    }

    private void measure(String what, int rows, IntSupplier work) {
        measure(what, rows, () -> 0, work);
    }

    /**
     * Runs the work {@code warmup} times unmeasured, then {@code runs} times; notes median and
     * max. The {@code setup} runs, unmeasured, before every run (warm-up or measured).
     */
    private void measure(String what, int rows, IntSupplier setup, IntSupplier work) {
        for (int i = 0; i < warmup; i++) {
            sink += setup.getAsInt();
            sink += work.getAsInt();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            sink += setup.getAsInt();
            long started = System.nanoTime();
            sink += work.getAsInt();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[runs / 2];
        System.out.println(String.format("%-74s %7s %11.1f %9.1f%s", what, rows < 0 ? "" : Integer.toString(rows),
                median, millis[runs - 1], median > 1000 ? "  > 1 s" : ""));
    }

    private void section(String name) {
        System.out.println();
        System.out.println(name);
    }

    private void printHeader(Path folder, double openSeconds) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Liaison Log — list screens benchmark (people, organisations, trips)%n%n");
        System.out.printf("Catalogue: existing, %s, opened in %.1f s%n", folder, openSeconds);
        System.out.printf("Machine:   %d cores, Java %s (%s %s), %s %s, max heap %d MB, locale %s%n",
                runtime.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                runtime.maxMemory() / (1024 * 1024), LOCALE);
        System.out.printf("Method:    %d warm-up + %d measured runs of each step; wall time in ms%n", warmup, runs);
        System.out.println(String.format("%-74s %7s %11s %9s", "Step", "rows", "median ms", "max ms"));
        System.out.println("-".repeat(104));
    }
}
