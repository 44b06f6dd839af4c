package org.liaisonlog.gui.util;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Picks one of a list of candidates: a field to type in above the list, which narrows it as typed;
 * Down moves into the list; the choose button is enabled while a row is selected, and Enter in the
 * list or a double click on a row chooses as it does.
 *
 * @param <T> the candidates
 */
public final class FilteredChoiceDialog<T> {

    private final Messages messages;
    private final String idPrefix;
    private String header = "";
    private String chooseLabel = "";
    private String filterPrompt = "";
    private Node above;
    private double width = 460;
    private Function<String, Predicate<T>> filter = text -> t -> true;
    private BiConsumer<ListCell<T>, T> cell = (c, item) -> c.setText(String.valueOf(item));

    /** {@code idPrefix} names the nodes: {@code <prefix>Filter}, {@code <prefix>List}, {@code <prefix>Choose}. */
    public FilteredChoiceDialog(Messages messages, String idPrefix) {
        this.messages = messages;
        this.idPrefix = idPrefix;
    }

    public FilteredChoiceDialog<T> header(String header) {
        this.header = header;
        return this;
    }

    public FilteredChoiceDialog<T> chooseLabel(String chooseLabel) {
        this.chooseLabel = chooseLabel;
        return this;
    }

    public FilteredChoiceDialog<T> filterPrompt(String filterPrompt) {
        this.filterPrompt = filterPrompt;
        return this;
    }

    /** A node shown above the filter field, such as a hint. */
    public FilteredChoiceDialog<T> above(Node above) {
        this.above = above;
        return this;
    }

    public FilteredChoiceDialog<T> width(double width) {
        this.width = width;
        return this;
    }

    /** The candidates the typed (non-blank) text keeps. */
    public FilteredChoiceDialog<T> filter(Function<String, Predicate<T>> filter) {
        this.filter = filter;
        return this;
    }

    /** Fills a list cell for a candidate (never called for empty cells, which are cleared). */
    public FilteredChoiceDialog<T> cell(BiConsumer<ListCell<T>, T> cell) {
        this.cell = cell;
        return this;
    }

    public Optional<T> choose(Window owner, List<T> candidates) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(header);
        ButtonType choose = new ButtonType(chooseLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(choose, cancel);
        Styles.apply(dialog.getDialogPane());

        Button chooseButton = (Button) dialog.getDialogPane().lookupButton(choose);
        chooseButton.setId(idPrefix + "Choose");
        FilteredList<T> shown = new FilteredList<>(FXCollections.observableArrayList(candidates));
        TextField field = new TextField();
        field.setId(idPrefix + "Filter");
        field.setPromptText(filterPrompt);
        ListView<T> list = new ListView<>(shown);
        list.setId(idPrefix + "List");
        list.setPrefSize(width, 360);
        list.setCellFactory(l -> new ListCell<>() {
            {
                setOnMouseClicked(e -> {
                    if (!isEmpty() && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                            && !chooseButton.isDisabled()) {
                        chooseButton.fire();
                    }
                });
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    cell.accept(this, item);
                }
            }
        });
        field.textProperty().addListener((obs, old, text) -> {
            shown.setPredicate(text == null || text.isBlank() ? null : filter.apply(text));
            list.getSelectionModel().selectFirst();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        chooseButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // The list would keep Enter to itself (the choose button is the default one only elsewhere).
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !chooseButton.isDisabled()) {
                e.consume();
                chooseButton.fire();
            }
        });
        VBox content = new VBox(8, field, list);
        if (above != null) {
            content.getChildren().add(0, above);
        }
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(b -> b == choose ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
