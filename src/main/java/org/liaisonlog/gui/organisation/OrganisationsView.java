package org.liaisonlog.gui.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.TableColumn;
import javafx.stage.Window;
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.merge.MergeViewModel;
import org.liaisonlog.gui.util.Messages;

/** The organisations screen: a sortable, filterable table of organisations with new, open and delete. */
public final class OrganisationsView extends RecordTableScreen<OrganisationRowViewModel> {

    public OrganisationsView(OrganisationsViewModel viewModel, Messages messages, Supplier<Window> owner) {
        super(viewModel, messages, new Names("organisations", "Organisation", "organisationsTable",
                "organisationFilter", "organisationCount"));
        viewModel.setEditorOpener(editor -> new OrganisationEditorView(editor, messages).show(owner.get()));
    }

    @Override
    protected List<TableColumn<OrganisationRowViewModel, ?>> columns(Comparator<String> byCollator) {
        TableColumn<OrganisationRowViewModel, Integer> events = new TableColumn<>(messages.get("organisations.column.events"));
        events.setId("events");
        events.setCellValueFactory(c -> c.getValue().eventsProperty());
        events.setPrefWidth(80);
        return List.of(
                textColumn("organisations.column.name", "name", 320, byCollator, OrganisationRowViewModel::nameProperty),
                textColumn("organisations.column.acronym", "acronym", 100, byCollator, OrganisationRowViewModel::acronymProperty),
                textColumn("organisations.column.kind", "kind", 170, byCollator, OrganisationRowViewModel::kindProperty),
                textColumn("organisations.column.country", "country", 120, byCollator, OrganisationRowViewModel::countryProperty),
                textColumn("organisations.column.parent", "parent", 140, byCollator, OrganisationRowViewModel::parentProperty),
                events);
    }

    /** Adds the "Merge into…" command next to Delete; the table reloads after a merge. */
    public void enableMerging(MergeViewModel merges, Supplier<Window> owner) {
        addMerging(merges, owner, OrganisationRowViewModel::id, OrganisationRowViewModel::shortName);
    }
}
