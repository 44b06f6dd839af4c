package org.liaisonlog.gui.person;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.TableColumn;
import javafx.stage.Window;
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.merge.MergeViewModel;
import org.liaisonlog.gui.util.Messages;

/** The people screen: a sortable, filterable table of people with new, open and delete. */
public final class PeopleView extends RecordTableScreen<PersonRowViewModel> {

    public PeopleView(PeopleViewModel viewModel, Messages messages, Supplier<Window> owner) {
        super(viewModel, messages, new Names("people", "Person", "peopleTable", "peopleFilter", "peopleCount"));
        viewModel.setEditorOpener(editor -> new PersonEditorView(editor, messages).show(owner.get()));
    }

    @Override
    protected List<TableColumn<PersonRowViewModel, ?>> columns(Comparator<String> byCollator) {
        TableColumn<PersonRowViewModel, Integer> events = new TableColumn<>(messages.get("people.column.events"));
        events.setId("events");
        events.setCellValueFactory(c -> c.getValue().eventsProperty());
        events.setPrefWidth(80);
        return List.of(
                textColumn("people.column.name", "name", 220, byCollator, PersonRowViewModel::nameProperty),
                textColumn("people.column.otherSpellings", "spellings", 220, byCollator,
                        PersonRowViewModel::otherSpellingsProperty),
                textColumn("people.column.position", "position", 180, byCollator, PersonRowViewModel::positionProperty),
                textColumn("people.column.organisation", "organisation", 160, byCollator,
                        PersonRowViewModel::organisationProperty),
                textColumn("people.column.country", "country", 120, byCollator, PersonRowViewModel::countryProperty),
                events);
    }

    /** Adds the "Merge into…" command next to Delete; the table reloads after a merge. */
    public void enableMerging(MergeViewModel merges, Supplier<Window> owner) {
        addMerging(merges, owner, PersonRowViewModel::id, r -> r.nameProperty().get());
    }
}
