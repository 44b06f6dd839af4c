package org.liaisonlog.logic.organisation;

/** The fields of an organisation a validation problem can point at. */
public enum OrganisationField {
    NAME,
    KIND,
    PARENT
}
