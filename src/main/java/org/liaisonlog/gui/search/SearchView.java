package org.liaisonlog.gui.search;

import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.ScreenView;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.gui.util.Messages;

/**
 * The search screen: one field (Ctrl+K from anywhere), the results grouped by kind with the
 * matches marked, the filters on the right, and "Save this search". Up and Down move through
 * the results from the field; Enter or a double click opens the record.
 */
public final class SearchView extends BorderPane implements ScreenView {

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final TextField field = new TextField();
    private final ListView<SearchItem> results = new ListView<>();
    private final QueryHelp help;
    private final HBox saveLine = new HBox(6);
    private final TextField saveName = new TextField();
    private final Button helpButton = new Button();

    public SearchView(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.help = new QueryHelp(messages);
        setId("searchScreen");
        getStyleClass().addAll("screen", "search-screen");
        setTop(top());
        setCenter(results());
        ScrollPane filters = new ScrollPane(new FiltersPane(viewModel, messages));
        filters.setFitToWidth(true);
        filters.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        filters.setPrefWidth(340);
        filters.setMinWidth(260);
        filters.getStyleClass().add("search-filters-scroll");
        setRight(filters);
    }

    private VBox top() {
        field.setId("searchField");
        field.setPromptText(messages.get("search.prompt"));
        field.setTooltip(new Tooltip(messages.get("search.tooltip")));
        field.getStyleClass().add("search-field");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    move(1);
                    e.consume();
                }
                case UP -> {
                    move(-1);
                    e.consume();
                }
                case ENTER -> {
                    openSelected();
                    e.consume();
                }
                case F1 -> {
                    help.toggle(helpButton);
                    e.consume();
                }
                case ESCAPE -> {
                    if (!field.getText().isEmpty()) {
                        field.clear();
                        e.consume();
                    }
                }
                default -> { }
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        helpButton.setText("?");
        helpButton.setId("searchHelpButton");
        helpButton.setTooltip(new Tooltip(messages.get("search.helpTooltip")));
        helpButton.setOnAction(e -> help.toggle(helpButton));
        Button save = new Button(messages.get("search.save"));
        save.setId("saveSearchButton");
        save.setTooltip(new Tooltip(messages.get("search.saveTooltip")));
        save.disableProperty().bind(viewModel.queryProperty().isEmpty()
                .and(viewModel.filterCountProperty().isEqualTo(0)));
        save.setOnAction(e -> openSaveLine());
        HBox line = new HBox(8, field, helpButton, save);
        line.setAlignment(Pos.CENTER_LEFT);
        Label error = FieldErrors.bind(field, viewModel.queryErrorProperty());
        error.setId("searchQueryError");
        VBox top = new VBox(6, line, error, saveLine(), statusLine());
        top.setPadding(new Insets(8));
        return top;
    }

    private HBox saveLine() {
        saveName.setId("savedSearchName");
        saveName.setPromptText(messages.get("search.savePrompt"));
        HBox.setHgrow(saveName, Priority.ALWAYS);
        Button confirm = new Button(messages.get("search.saveConfirm"));
        confirm.setId("confirmSaveSearch");
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(Bindings.createBooleanBinding(() -> saveName.getText().isBlank(),
                saveName.textProperty()));
        confirm.setOnAction(e -> save());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setOnAction(e -> closeSaveLine());
        saveName.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !saveName.getText().isBlank()) {
                save();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                closeSaveLine();
            }
        });
        Label label = new Label(messages.get("search.saveName"));
        saveLine.getChildren().setAll(label, saveName, confirm, cancel);
        saveLine.setAlignment(Pos.CENTER_LEFT);
        saveLine.setVisible(false);
        saveLine.managedProperty().bind(saveLine.visibleProperty());
        return saveLine;
    }

    private void openSaveLine() {
        saveName.setText(field.getText().strip());
        saveLine.setVisible(true);
        saveName.requestFocus();
        saveName.selectAll();
    }

    private void save() {
        viewModel.saveAs(saveName.getText());
        closeSaveLine();
    }

    private void closeSaveLine() {
        saveLine.setVisible(false);
        field.requestFocus();
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("searchStatus");
        status.textProperty().bind(viewModel.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(viewModel.indexProgressProperty());
        Label index = new Label();
        index.setId("searchIndexStatus");
        index.getStyleClass().add("search-note");
        index.textProperty().bind(viewModel.indexStatusProperty());
        HBox building = new HBox(6, progress, index);
        building.setAlignment(Pos.CENTER_LEFT);
        building.visibleProperty().bind(viewModel.indexingProperty().or(index.textProperty().isNotEmpty()));
        progress.visibleProperty().bind(viewModel.indexingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        building.managedProperty().bind(building.visibleProperty());
        HBox line = new HBox(16, status, building);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private ListView<SearchItem> results() {
        results.setId("searchResults");
        results.getStyleClass().add("search-results");
        results.setItems(viewModel.items());
        results.setCellFactory(ResultCell::new);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        placeholder.getStyleClass().add("search-placeholder");
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            boolean asked = !viewModel.queryProperty().get().isBlank() || viewModel.filterCountProperty().get() > 0;
            if (!asked) {
                return messages.get("search.start");
            }
            return viewModel.searchingProperty().get() ? messages.get("search.searching")
                    : messages.get("search.nothingDetail");
        }, viewModel.queryProperty(), viewModel.filterCountProperty(), viewModel.searchingProperty()));
        results.setPlaceholder(placeholder);
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        // A heading is not a result: clicking one selects the first record under it.
        results.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int at = index.intValue();
            if (at >= 0 && at < results.getItems().size() && results.getItems().get(at) instanceof SearchItem.Heading) {
                javafx.application.Platform.runLater(() -> selectHit(at, old.intValue() > at ? -1 : 1));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item instanceof SearchItem.Hit hit) {
                selectedId = hit.id();
            }
        });
        // New results keep the record that was selected, else the first one is selected.
        viewModel.items().addListener((javafx.collections.ListChangeListener<SearchItem>) c -> reselect());
        return results;
    }

    private UUID selectedId;
    private boolean shownOnce;

    private void reselect() {
        int found = -1;
        for (int i = 0; i < results.getItems().size() && selectedId != null; i++) {
            if (results.getItems().get(i) instanceof SearchItem.Hit hit && hit.id().equals(selectedId)) {
                found = i;
                break;
            }
        }
        if (found >= 0) {
            results.getSelectionModel().select(found);
        } else {
            selectHit(0, 1);
        }
    }

    /** Selects the first record at or after (step 1) or before (step -1) the index. */
    private void selectHit(int from, int step) {
        var items = results.getItems();
        for (int i = from; i >= 0 && i < items.size(); i += step) {
            if (items.get(i) instanceof SearchItem.Hit hit) {
                results.getSelectionModel().select(i);
                results.scrollTo(Math.max(0, i - 2));
                selectedId = hit.id();
                return;
            }
        }
        if (step < 0) {
            selectHit(from, 1);
        } else if (items.isEmpty()) {
            results.getSelectionModel().clearSelection();
        }
    }

    private void move(int step) {
        int at = results.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? 0 : at + step;
        if (next >= 0 && next < results.getItems().size()) {
            selectHit(next, step);
        }
    }

    private void openSelected() {
        SearchItem item = results.getSelectionModel().getSelectedItem();
        if (item == null) {
            selectHit(0, 1);
            item = results.getSelectionModel().getSelectedItem();
        }
        viewModel.open(item);
    }

    /** The saved searches, to list under the screens in the navigation; {@code showScreen} shows this screen. */
    public static Node savedSearches(SearchViewModel viewModel, Messages messages, Runnable showScreen) {
        return new SavedSearchesPane(viewModel, messages, showScreen);
    }

    @Override
    public Node node() {
        return this;
    }

    /**
     * The saved searches (listed in the navigation); once the screen has been shown, also the names
     * to choose from and the search again.
     */
    @Override
    public void load() {
        if (shownOnce) {
            viewModel.load();
        } else {
            viewModel.loadSaved();
        }
    }

    @Override
    public void shown() {
        shownOnce = true;
        viewModel.load();
    }

    /** There is no new record on this screen: Ctrl+N does nothing here. */
    @Override
    public void newRecord() {
    }

    /** Ctrl+F and Ctrl+K: the cursor in the search field, its text selected to type over. */
    @Override
    public void focusFilter() {
        field.requestFocus();
        field.selectAll();
    }
}
