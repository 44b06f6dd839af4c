package org.liaisonlog.model.attendance;

/**
 * The capacity in which a body or person attended, in the order official lists of
 * participants group them.
 */
public enum Capacity {
    HOST,
    ORGANISER,
    MEMBER_STATE,
    OBSERVER,
    DIALOGUE_PARTNER,
    SECRETARIAT,
    UN_ENTITY,
    REGIONAL_STRUCTURE,
    INTERNATIONAL_ORGANISATION,
    NATIONAL_BODY,
    OTHER_ORGANISATION,
    OTHER
}
