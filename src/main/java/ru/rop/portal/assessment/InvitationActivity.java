package ru.rop.portal.assessment;

/** Invitations sent in a period and how many of them were opened and completed. */
public record InvitationActivity(int sent, int opened, int completed) {
}
