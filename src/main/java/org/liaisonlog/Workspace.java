package org.liaisonlog;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.liaisonlog.gui.MainWindow;
import org.liaisonlog.gui.merge.MergeViewModel;
import org.liaisonlog.logic.merge.MergeService;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.ScreenView;
import org.liaisonlog.gui.event.EventsView;
import org.liaisonlog.gui.event.EventsViewModel;
import org.liaisonlog.gui.report.ReportsView;
import org.liaisonlog.gui.search.SearchView;
import org.liaisonlog.gui.search.SearchViewModel;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.settings.SavedSearches;
import org.liaisonlog.gui.report.ReportsViewModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.gui.organisation.OrganisationsView;
import org.liaisonlog.gui.organisation.OrganisationsViewModel;
import org.liaisonlog.gui.person.PeopleView;
import org.liaisonlog.gui.person.PeopleViewModel;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.gui.theme.ThemesView;
import org.liaisonlog.gui.theme.ThemesViewModel;
import org.liaisonlog.logic.theme.ThemeService;
import org.liaisonlog.gui.trip.TripsView;
import org.liaisonlog.gui.trip.TripsViewModel;

/**
 * The composition root of an open catalogue: services, view models and views, wired once.
 * Nothing else reaches for a global.
 */
public final class Workspace {

    private final MainWindow mainWindow;
    private final CatalogueSearch ownSearch;
    /** The search screen's own worker, so searching never waits behind a screen reading the catalogue. */
    private final FxTaskExecutor searchWorker = new FxTaskExecutor();
    private SearchViewModel searching;

    /** With a search of its own, its index built when the search screen is first shown; {@link #close()} ends it. */
    public Workspace(Catalogue catalogue, FxTaskExecutor executor, DialogService dialogs, Messages messages,
                     MainWindowActions actions) {
        this(catalogue, executor, dialogs, messages, actions, null);
    }

    /**
     * With the catalogue's search, kept by the program across workspaces (a language switch makes a
     * new one) and closed with the catalogue; null gives the workspace a search of its own.
     */
    public Workspace(Catalogue catalogue, FxTaskExecutor executor, DialogService dialogs, Messages messages,
                     MainWindowActions actions, CatalogueSearch catalogueSearch) {
        this.ownSearch = catalogueSearch == null ? new CatalogueSearch(catalogue) : null;
        CatalogueSearch search = catalogueSearch == null ? ownSearch : catalogueSearch;
        UndoStack undo = new UndoStack(executor, dialogs, messages);
        EventService eventService = new EventService(catalogue);
        EventsViewModel events = new EventsViewModel(eventService, executor, dialogs, messages, undo);
        Supplier<Window> owner = this::ownerWindow;
        TripsViewModel trips = new TripsViewModel(new TripService(catalogue), executor, dialogs, messages, undo);
        events.setTripLogger(event -> {
            mainWindow().show(Screen.TRIPS);
            trips.newTripFor(event.id(), event.city(), event.countryCode(), event.start(), event.end(), event.title());
        });
        trips.setEventOpener(events::openById);
        ThemesViewModel themes = new ThemesViewModel(new ThemeService(catalogue), executor, dialogs, messages, undo);
        themes.setEventOpener(events::openById);
        PeopleViewModel people = new PeopleViewModel(new PersonService(catalogue), executor, dialogs, messages, undo);
        people.setEventOpener(events::openById);
        OrganisationsViewModel organisations =
                new OrganisationsViewModel(new OrganisationService(catalogue), executor, dialogs, messages, undo);
        organisations.setEventOpener(events::openById);
        Map<Screen, Supplier<ScreenView>> screens = new EnumMap<>(Screen.class);
        ReportsViewModel reports = new ReportsViewModel(new ReportService(catalogue), executor, dialogs, messages);
        events.setReportOpener(id -> openReport(reports, ReportKind.ATTENDANCE, id));
        trips.setReportOpener(id -> openReport(reports, ReportKind.TRIP, id));
        MergeService merges = new MergeService(catalogue);
        // Each screen is made when it is first shown: at start only the one the window opens on.
        screens.put(Screen.EVENTS, () -> {
            EventsView view = new EventsView(events, messages, owner);
            view.enableReports(id -> openReport(reports, ReportKind.ATTENDANCE, id));
            return view;
        });
        screens.put(Screen.TRIPS, () -> {
            TripsView view = new TripsView(trips, messages, owner);
            view.enableReports(id -> openReport(reports, ReportKind.TRIP, id));
            return view;
        });
        screens.put(Screen.PEOPLE, () -> {
            PeopleView view = new PeopleView(people, messages, owner);
            view.enableMerging(new MergeViewModel(MergeViewModel.Kind.PERSON, merges, executor, dialogs, messages),
                    owner);
            return view;
        });
        screens.put(Screen.ORGANISATIONS, () -> {
            OrganisationsView view = new OrganisationsView(organisations, messages, owner);
            view.enableMerging(new MergeViewModel(MergeViewModel.Kind.ORGANISATION, merges, executor, dialogs,
                    messages), owner);
            return view;
        });
        screens.put(Screen.THEMES, () -> new ThemesView(themes, messages, owner));
        screens.put(Screen.REPORTS, () -> new ReportsView(reports, messages));
        searching = new SearchViewModel(search, eventService, new SavedSearches(catalogue), executor,
                searchWorker, dialogs, messages, javafx.application.Platform::runLater);
        searching.setOpener((kind, id) -> {
            Screen screen = switch (kind) {
                case EVENT -> Screen.EVENTS;
                case TRIP -> Screen.TRIPS;
                case PERSON -> Screen.PEOPLE;
                case ORGANISATION -> Screen.ORGANISATIONS;
                case THEME -> Screen.THEMES;
            };
            mainWindow().show(screen);
            switch (kind) {
                case EVENT -> events.openById(id);
                case TRIP -> trips.openById(id);
                case PERSON -> people.openById(id);
                case ORGANISATION -> organisations.openById(id);
                case THEME -> themes.openById(id);
            }
        });
        screens.put(Screen.SEARCH, () -> new SearchView(searching, messages));
        this.mainWindow = new MainWindow(messages, screens, catalogue.folder(), executor, actions, undo);
        mainWindow.addBelowNavigation(SearchView.savedSearches(searching, messages,
                () -> mainWindow.show(Screen.SEARCH)));
    }

    /** Shows the reports screen with the report of this event or trip, its preview started. */
    private void openReport(ReportsViewModel reports, ReportKind kind, java.util.UUID target) {
        mainWindow().show(Screen.REPORTS);
        reports.open(kind, target);
    }

    private Window ownerWindow() {
        return mainWindow.getScene() == null ? null : mainWindow.getScene().getWindow();
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    /**
     * Ends the search screen's worker and the search this workspace made for itself, if it did; a
     * search given to it is left to its owner.
     */
    public void close() {
        searching.close();
        searchWorker.close();
        if (ownSearch != null) {
            ownSearch.close();
        }
    }

    /** Reads the first screen's data, in the background. */
    public void load() {
        mainWindow.load();
        searching.loadSaved(); // listed in the navigation, whichever screen is shown
    }
}
