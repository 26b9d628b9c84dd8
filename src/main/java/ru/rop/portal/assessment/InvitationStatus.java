package ru.rop.portal.assessment;

/** Where a candidate's online assessment stands, as the candidate card and the profile show it. */
public enum InvitationStatus {
    NOT_INVITED, SENT, OPENED, IN_PROGRESS, COMPLETED, EXPIRED, REVOKED;

    public String labelKey() {
        return "invitation.status." + name();
    }
}
