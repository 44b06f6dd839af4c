package org.liaisonlog.logic.person;

/** The fields of a person a validation problem can point at. */
public enum PersonField {
    NAME
}
