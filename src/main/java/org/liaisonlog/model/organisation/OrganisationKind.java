package org.liaisonlog.model.organisation;

/** What sort of body an organisation is. */
public enum OrganisationKind {
    GOVERNMENT_BODY,
    UN_ENTITY,
    REGIONAL_ORGANISATION,
    INTERNATIONAL_ORGANISATION,
    NGO,
    ACADEMIC,
    OTHER
}
