package org.liaisonlog;

import org.liaisonlog.gui.MainWindow;
import org.liaisonlog.gui.event.EventsView;
import org.liaisonlog.gui.event.EventsViewModel;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;

/**
 * The composition root of an open catalogue: services, view models and views, wired once.
 * Nothing else reaches for a global.
 */
public final class Workspace {

    private final MainWindow mainWindow;
    private final EventsViewModel events;

    public Workspace(Catalogue catalogue, FxTaskExecutor executor, FxDialogService dialogs, Messages messages,
                     Runnable quit) {
        EventService eventService = new EventService(catalogue);
        this.events = new EventsViewModel(eventService, executor, dialogs, messages);
        EventsView eventsView = new EventsView(events, messages, () -> eventsViewWindow());
        this.mainWindow = new MainWindow(messages, eventsView, catalogue.folder(), executor, quit);
    }

    private javafx.stage.Window eventsViewWindow() {
        return mainWindow.getScene() == null ? null : mainWindow.getScene().getWindow();
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** Reads the first screen's data, in the background. */
    public void load() {
        events.load();
    }
}
