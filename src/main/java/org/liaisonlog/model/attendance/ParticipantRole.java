package org.liaisonlog.model.attendance;

/** The part a participant played at the event. */
public enum ParticipantRole {
    HEAD_OF_DELEGATION,
    DEPUTY_HEAD_OF_DELEGATION,
    CHAIR,
    MODERATOR,
    SPEAKER,
    EXPERT,
    PARTICIPANT
}
