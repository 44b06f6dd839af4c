package org.liaisonlog.gui.organisation;

import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.organisation.OrganisationService.OrganisationList;
import org.liaisonlog.model.organisation.Organisation;

/** One line of the organisations table. Immutable: the table is reloaded after a change. */
public final class OrganisationRowViewModel implements RecordTableModel.Line {

    private final UUID id;
    private final int version;
    private final ReadOnlyStringWrapper name;
    private final ReadOnlyStringWrapper acronym;
    private final ReadOnlyStringWrapper kind;
    private final ReadOnlyStringWrapper country;
    private final ReadOnlyStringWrapper parent;
    private final ReadOnlyObjectWrapper<Integer> events;
    private final String searchText;

    public OrganisationRowViewModel(Organisation organisation, Map<UUID, Organisation> byId, OrganisationList list,
                                    Messages messages) {
        this.id = organisation.id();
        this.version = organisation.stamp().version();
        this.name = new ReadOnlyStringWrapper(shownName(organisation, messages));
        this.acronym = new ReadOnlyStringWrapper(organisation.acronym() == null ? "" : organisation.acronym());
        this.kind = new ReadOnlyStringWrapper(messages.of(organisation.kind()));
        this.country = new ReadOnlyStringWrapper(list.countries().name(organisation.countryCode(), messages.language()));
        Organisation parentOrg = organisation.parentId() == null ? null : byId.get(organisation.parentId());
        this.parent = new ReadOnlyStringWrapper(parentOrg == null ? ""
                : parentOrg.acronym() == null || parentOrg.acronym().isBlank() ? shownName(parentOrg, messages)
                : parentOrg.acronym());
        this.events = new ReadOnlyObjectWrapper<>(list.eventCounts().getOrDefault(organisation.id(), 0));
        this.searchText = Names.key(String.join(" ", organisation.name(),
                organisation.nameRu() == null ? "" : organisation.nameRu(), acronym.get(),
                String.join(" ", organisation.otherNames()), kind.get(), country.get(), parent.get()));
    }

    /** The Russian name in the Russian interface where one is known, else the name. */
    private static String shownName(Organisation organisation, Messages messages) {
        return "ru".equals(messages.language()) && organisation.nameRu() != null && !organisation.nameRu().isBlank()
                ? organisation.nameRu() : organisation.name();
    }

    @Override
    public UUID id() {
        return id;
    }

    /** The version the line was read at, for deleting. */
    public int version() {
        return version;
    }

    /** The acronym if there is one, else the name: short enough for a dialog's question. */
    public String shortName() {
        return acronym.get().isBlank() ? name.get() : acronym.get();
    }

    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty acronymProperty() { return acronym.getReadOnlyProperty(); }
    public ReadOnlyStringProperty kindProperty() { return kind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countryProperty() { return country.getReadOnlyProperty(); }
    public ReadOnlyStringProperty parentProperty() { return parent.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Integer> eventsProperty() { return events.getReadOnlyProperty(); }

    /** True when every word of the filter (compared as {@link Names#key}) is somewhere in the line. */
    @Override
    public boolean matches(String[] filterWords) {
        for (String word : filterWords) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
