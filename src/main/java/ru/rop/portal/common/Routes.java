package ru.rop.portal.common;

/**
 * Addresses of the pages that link to one another across features, relative to the application's root (as
 * Vaadin's {@code Anchor} and {@code navigate} take them). The routes themselves are declared on the views; a
 * change there changes the one method here, not every link.
 */
public final class Routes {

    private Routes() {
    }

    public static String candidate(long candidateId) {
        return "candidate/" + candidateId;
    }

    public static String candidateProfile(long candidateId) {
        return candidate(candidateId) + "/profile";
    }

    /** The panel of interviewers' ratings of one candidate. */
    public static String candidatePanel(long candidateId) {
        return candidate(candidateId) + "/panel";
    }

    /** The vacancy's pipeline board. */
    public static String vacancy(long vacancyId) {
        return "vacancy/" + vacancyId;
    }

    public static String interviewKit(long vacancyId) {
        return vacancy(vacancyId) + "/interview-kit";
    }

    public static String comparison(long vacancyId) {
        return vacancy(vacancyId) + "/compare";
    }

    public static String jobDescription(long vacancyId) {
        return vacancy(vacancyId) + "/job-description";
    }

    public static String reports(long vacancyId) {
        return vacancy(vacancyId) + "/reports";
    }

    public static String interview(long interviewId) {
        return "interview/" + interviewId;
    }

    /** A case's rating sheet. */
    public static String caseSheet(long assignmentId) {
        return "case/" + assignmentId;
    }
}
