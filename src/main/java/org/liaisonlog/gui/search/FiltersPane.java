package org.liaisonlog.gui.search;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Pickers;

/**
 * The filters beside the results (they apply to events): the period, with the years found;
 * "who sat at the same table"; and each filter's values with their counts, ticked to narrow.
 */
final class FiltersPane extends VBox {

    /** Values shown per filter before "Show all". */
    static final int SHOWN = 6;

    private final SearchViewModel viewModel;
    private final Messages messages;
    private final Set<FilterKind> expanded = new HashSet<>();
    private final Map<FilterKind, VBox> sections = new EnumMap<>(FilterKind.class);

    FiltersPane(SearchViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("searchFilters");
        getStyleClass().add("search-filters");
        setPadding(new Insets(8, 10, 8, 10));
        getChildren().addAll(heading(), period(), years(), table());
        for (FilterKind filter : FilterKind.values()) {
            VBox section = new VBox(2);
            section.setId("filter" + filter.name());
            sections.put(filter, section);
            getChildren().add(section);
            viewModel.options(filter).addListener((ListChangeListener<FilterOption>) c -> fill(filter));
            fill(filter);
        }
    }

    private VBox heading() {
        Label title = new Label(messages.get("search.filters"));
        title.getStyleClass().add("search-filters-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Hyperlink clear = new Hyperlink(messages.get("search.clearFilters"));
        clear.setId("clearFilters");
        clear.disableProperty().bind(viewModel.filterCountProperty().isEqualTo(0));
        clear.setOnAction(e -> viewModel.clearFilters());
        HBox line = new HBox(6, title, spacer, clear);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label note = new Label(messages.get("search.filtersNote"));
        note.getStyleClass().add("search-note");
        note.setWrapText(true);
        return new VBox(2, line, note);
    }

    private VBox period() {
        DatePicker from = Pickers.datePicker(viewModel.fromProperty(), messages);
        from.setId("searchFrom");
        DatePicker to = Pickers.datePicker(viewModel.toProperty(), messages);
        to.setId("searchTo");
        from.setPrefWidth(140);
        to.setPrefWidth(140);
        HBox dates = new HBox(4, from, new Label("–"), to);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label error = FieldErrors.bind(to, viewModel.periodErrorProperty());
        error.setId("searchPeriodError");
        return new VBox(2, sectionTitle("search.period"), dates, error);
    }

    private FlowPane years() {
        FlowPane years = new FlowPane(4, 2);
        years.setId("searchYears");
        Runnable fill = () -> years.getChildren().setAll(viewModel.years().stream().map(year -> {
            Hyperlink link = new Hyperlink(messages.format("search.option", year.label(), year.count()));
            link.getStyleClass().add("search-year");
            link.setOnAction(e -> viewModel.chooseYear(Integer.parseInt(year.key())));
            return link;
        }).toList());
        viewModel.years().addListener((ListChangeListener<FilterOption>) c -> fill.run());
        return years;
    }

    private VBox table() {
        TextField field = new TextField();
        field.setId("tablePartyField");
        field.setPromptText(messages.get("search.tablePrompt"));
        field.setTooltip(new Tooltip(messages.get("search.tableTooltip")));
        Autocomplete.values(field, viewModel::suggestParties, new StringConverter<>() {
            @Override
            public String toString(Party party) {
                return party == null ? "" : party.name();
            }

            @Override
            public Party fromString(String text) {
                return null;
            }
        }).setOnAutoCompleted(e -> {
            viewModel.addToTable(e.getCompletion());
            javafx.application.Platform.runLater(field::clear);
        });
        FlowPane chosen = new FlowPane(4, 4);
        chosen.setId("tableParties");
        Runnable fill = () -> chosen.getChildren().setAll(viewModel.together().stream().map(this::chip).toList());
        viewModel.together().addListener((ListChangeListener<Party>) c -> fill.run());
        return new VBox(4, sectionTitle("search.table"), field, chosen);
    }

    private HBox chip(Party party) {
        Label name = new Label(party.name());
        name.setMaxWidth(230);
        name.setTooltip(new Tooltip(party.name()));
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setTooltip(new Tooltip(messages.get("search.tableRemove")));
        remove.setOnAction(e -> viewModel.removeFromTable(party));
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("chip");
        return chip;
    }

    private Label sectionTitle(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("search-filter-title");
        return title;
    }

    /** Shows a filter's values as check boxes "Name (count)", the first few unless expanded. */
    private void fill(FilterKind filter) {
        VBox section = sections.get(filter);
        List<FilterOption> options = viewModel.options(filter);
        if (options.isEmpty()) {
            section.getChildren().clear();
            section.setVisible(false);
            section.setManaged(false);
            return;
        }
        section.setVisible(true);
        section.setManaged(true);
        section.getChildren().setAll(sectionTitle(filter.titleKey()));
        boolean all = expanded.contains(filter) || options.size() <= SHOWN + 1;
        for (FilterOption option : all ? options : options.subList(0, SHOWN)) {
            CheckBox box = new CheckBox(messages.format("search.option", option.label(), option.count()));
            // its label is a value from the catalogue (a city, an organisation), not interface text
            box.getStyleClass().addAll("search-option", "catalogue-data");
            box.setUserData(option);
            box.setSelected(option.selected());
            box.setWrapText(true);
            box.setOnAction(e -> viewModel.choose(filter, option.key(), box.isSelected()));
            section.getChildren().add(box);
        }
        if (options.size() > SHOWN + 1) {
            Hyperlink more = new Hyperlink(expanded.contains(filter) ? messages.get("search.showFewer")
                    : messages.format("search.showAll", options.size()));
            more.setOnAction(e -> {
                if (!expanded.remove(filter)) {
                    expanded.add(filter);
                }
                fill(filter);
            });
            section.getChildren().add(more);
        }
    }
}
