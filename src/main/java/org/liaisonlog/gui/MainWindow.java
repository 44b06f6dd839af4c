package org.liaisonlog.gui;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.backup.BackupsViewModel;
import org.liaisonlog.gui.security.Locker;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.settings.Appearance;

/** The main window's content: menus, navigation between screens, the screen, and a status bar. */
public final class MainWindow extends BorderPane {

    private final Messages messages;
    /** How each screen is made, the first time it is shown or asked for. */
    private final Map<Screen, Supplier<ScreenView>> makers;
    /** The screens made so far: at start only the one shown. */
    private final Map<Screen, ScreenView> views = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    /** Remembered columns of screens not made yet, put back when each is made. */
    private final Map<Screen, List<String>> pendingColumns = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final ListView<Screen> navigation = new ListView<>();
    private final MainWindowActions actions;
    private final UndoStack undo;
    private final Menu file;
    /** What the status line says of work going on (a backup). */
    private final Label notice = new Label();

    /**
     * The window over the given screens, each made when it is first shown (at start only the one
     * shown is built: the others wait until asked for); a screen not given shows that it is coming.
     */
    public MainWindow(Messages messages, Map<Screen, Supplier<ScreenView>> makers, Path catalogueFolder,
                      FxTaskExecutor executor, MainWindowActions actions, UndoStack undo) {
        this.messages = messages;
        this.makers = Map.copyOf(makers);
        this.actions = actions;
        this.undo = undo;
        this.file = new Menu(messages.get("menu.file"));
        getStyleClass().add("main-window");
        // The screen chosen is made once the window is in a scene, so that choosing the
        // remembered screen before that does not make the default one too.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && current() != null && content.getChildren().isEmpty()) {
                content.getChildren().setAll(screen(current()));
            }
        });
        setTop(new VBox(menus(), new UndoNotice(undo, messages)));
        setLeft(navigation());
        setCenter(content);
        setBottom(statusBar(catalogueFolder, executor));
        navigation.getSelectionModel().select(Screen.EVENTS);
    }

    private MenuBar menus() {
        MenuItem newRecord = item("menu.newRecord", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> currentView().ifPresent(ScreenView::newRecord));
        newRecord.setId("menuNewRecord");
        MenuItem find = item("menu.filter", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> currentView().ifPresent(ScreenView::focusFilter));
        MenuItem exit = item("menu.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions.quit());
        MenuItem search = item("menu.search", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                this::search);
        search.setId("menuSearch");
        MenuItem lock = item("menu.lock", Locker.LOCK_KEY,
                actions.lock() == null ? () -> { } : actions.lock());
        lock.setId("menuLock");
        // Locking asks for the catalogue's password again: a catalogue without one cannot be locked.
        lock.setDisable(actions.lock() == null);
        file.getItems().setAll(newRecord, find, search, new SeparatorMenuItem(), lock, new SeparatorMenuItem(), exit);
        Menu view = new Menu(messages.get("menu.view"));
        for (Screen screen : Screen.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (screen.ordinal() + 1));
            view.getItems().add(item(null, new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> navigation.getSelectionModel().select(screen), messages.of(screen)));
        }
        view.getItems().addAll(new SeparatorMenuItem(), appearanceMenu(), languageMenu());
        return new MenuBar(file, editMenu(), view);
    }

    /**
     * Adds File › Back up now, and the backups' notices to the status line (a backup running, the
     * last one made).
     */
    public void enableBackups(BackupsViewModel backups) {
        MenuItem backUp = new MenuItem(messages.get("backup.now"));
        backUp.setId("menuBackUpNow");
        backUp.disableProperty().bind(backups.runningProperty());
        backUp.setOnAction(e -> backups.backUpNow());
        file.getItems().add(file.getItems().size() - 2, backUp);
        notice.textProperty().bind(backups.noticeProperty());
    }

    /**
     * Adds File › Restore from backup…, Backup and lock settings… and the password changes that
     * apply, above Quit.
     */
    public void enableSafety(SafetyActions safety) {
        List<MenuItem> items = new java.util.ArrayList<>();
        items.add(new SeparatorMenuItem());
        items.add(safetyItem("menuRestore", "backup.restore", safety.restore()));
        items.add(safetyItem("menuSafetySettings", "safety.menu", safety.settings()));
        items.add(new SeparatorMenuItem());
        if (safety.encrypt() != null) {
            items.add(safetyItem("menuEncrypt", "password.encrypt.menu", safety.encrypt()));
        }
        if (safety.changePassword() != null) {
            items.add(safetyItem("menuChangePassword", "password.change.menu", safety.changePassword()));
        }
        if (safety.removePassword() != null) {
            items.add(safetyItem("menuRemovePassword", "password.remove.menu", safety.removePassword()));
        }
        file.getItems().addAll(file.getItems().size() - 2, items);
    }

    private MenuItem safetyItem(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * Edit → Undo puts back the last deletion. Ctrl+Z typed in a text field stays that field's
     * own undo: whichever order JavaFX offers the key in, the item hands it to a focused text input.
     */
    private Menu editMenu() {
        MenuItem undoItem = item("menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (getScene() != null && getScene().getFocusOwner() instanceof TextInputControl text) {
                text.undo();
            } else {
                undo.undo();
            }
        });
        undoItem.setId("menuUndo");
        undoItem.textProperty().bind(undo.undoTextProperty());
        undoItem.disableProperty().bind(undo.canUndoProperty().not());
        return new Menu(messages.get("menu.edit"), null, undoItem);
    }

    private Menu appearanceMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(messages.get("menu.appearance"));
        for (Appearance appearance : Appearance.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.of(appearance));
            item.setId("appearance" + appearance.name());
            item.setToggleGroup(group);
            item.setSelected(Styles.appearance() == appearance);
            item.setOnAction(e -> actions.appearance().accept(appearance));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu languageMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu(messages.get("menu.language"));
        Map<String, String> names = Map.of("en", messages.get("language.en"), "ru", messages.get("language.ru"));
        for (String language : List.of("en", "ru")) {
            RadioMenuItem item = new RadioMenuItem(names.get(language));
            item.setId("language" + language);
            item.setToggleGroup(group);
            item.setSelected(messages.language().equals(language));
            item.setOnAction(e -> actions.language().accept(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        return item(key, accelerator, action, messages.get(key));
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action, String text) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private ListView<Screen> navigation() {
        navigation.setId("navigation");
        navigation.getItems().setAll(Screen.values());
        navigation.getStyleClass().add("navigation");
        navigation.setPrefWidth(180);
        navigation.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Screen item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.of(item));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, screen) -> {
            if (screen != null && getScene() != null) {
                content.getChildren().setAll(screen(screen));
                if (old != null) {
                    currentView().ifPresent(ScreenView::shown);
                }
            }
        });
        return navigation;
    }

    private HBox statusBar(Path folder, FxTaskExecutor executor) {
        Label location = new Label(messages.format("status.catalogue", folder.toString()));
        location.setId("catalogueLocation");
        notice.setId("statusNotice");
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(100);
        busy.visibleProperty().bind(executor.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, location, spacer, notice, busy);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    /** Ctrl+K: shows the search screen with the cursor in its field. */
    private void search() {
        show(Screen.SEARCH);
        view(Screen.SEARCH).ifPresent(ScreenView::focusFilter);
    }

    /** Puts a node under the screens in the navigation (the saved searches). */
    public void addBelowNavigation(Node node) {
        VBox.setVgrow(navigation, Priority.ALWAYS);
        setLeft(new VBox(navigation, node));
    }

    public Screen current() {
        return navigation.getSelectionModel().getSelectedItem();
    }

    public void show(Screen screen) {
        navigation.getSelectionModel().select(screen);
    }

    private java.util.Optional<ScreenView> currentView() {
        return current() == null ? java.util.Optional.empty() : view(current());
    }

    /** The screen's view, made now if it was not yet (empty for a screen that is coming). */
    private java.util.Optional<ScreenView> view(Screen screen) {
        ScreenView view = views.get(screen);
        if (view == null && makers.containsKey(screen)) {
            view = makers.get(screen).get();
            views.put(screen, view);
            List<String> columns = pendingColumns.remove(screen);
            if (columns != null) {
                view.restoreColumns(columns);
            }
        }
        return java.util.Optional.ofNullable(view);
    }

    private Node screen(Screen screen) {
        return screens.computeIfAbsent(screen, s -> view(s).map(ScreenView::node)
                .orElseGet(() -> new ComingView(s, messages)));
    }

    /** True once the screen has been made (shown, or asked for by a command). */
    public boolean isMade(Screen screen) {
        return views.containsKey(screen);
    }

    /**
     * Each screen's table columns, to remember between runs; a screen not made in this run keeps
     * what was remembered for it.
     */
    public Map<Screen, List<String>> columns() {
        Map<Screen, List<String>> columns = new EnumMap<>(pendingColumns);
        views.forEach((screen, view) -> columns.put(screen, view.columns()));
        return columns;
    }

    /** Puts the remembered columns back, each screen's when it is made. */
    public void restoreColumns(Map<Screen, List<String>> columns) {
        columns.forEach((screen, state) -> {
            if (state.isEmpty()) {
                return;
            }
            ScreenView view = views.get(screen);
            if (view != null) {
                view.restoreColumns(state);
            } else {
                pendingColumns.put(screen, state);
            }
        });
    }

    /**
     * Reads the data of the screen shown. Every other screen reads its data when it is shown
     * ({@link ScreenView#shown()}), so at start the first screen's lines are not queued behind six
     * other screens' reads.
     */
    public void load() {
        currentView().ifPresent(ScreenView::load);
    }
}
