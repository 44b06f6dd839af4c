package org.liaisonlog;

import java.util.EnumMap;
import java.util.Map;
import org.liaisonlog.gui.MainWindow;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.ScreenView;
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

    public Workspace(Catalogue catalogue, FxTaskExecutor executor, FxDialogService dialogs, Messages messages,
                     MainWindowActions actions) {
        EventService eventService = new EventService(catalogue);
        EventsViewModel events = new EventsViewModel(eventService, executor, dialogs, messages);
        EventsView eventsView = new EventsView(events, messages, () -> eventsViewWindow());
        Map<Screen, ScreenView> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.EVENTS, eventsView);
        this.mainWindow = new MainWindow(messages, screens, catalogue.folder(), executor, actions);
    }

    private javafx.stage.Window eventsViewWindow() {
        return mainWindow.getScene() == null ? null : mainWindow.getScene().getWindow();
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    /** Reads the first screen's data, in the background. */
    public void load() {
        mainWindow.load();
    }
}
