package ru.rop.portal.analytics;

import java.time.Instant;
import java.util.List;
import ru.rop.portal.assessment.InvitationActivity;
import ru.rop.portal.candidate.Stage;

/**
 * Everything the start page shows an owner or HR about one vacancy.
 *
 * @param from start of the period, null for all time; {@code to} its end (now)
 * @param myInterviews the viewer's interviews with this vacancy's candidates not submitted yet
 * @param waiting candidates waiting for the company's decision longer than {@code waitDays}, longest first
 */
public record Cockpit(long vacancyId, String vacancyTitle, CockpitPeriod period, Instant from, Instant to,
                      FunnelReport funnel, InvitationActivity invitations, List<OpenInterview> myInterviews,
                      int waitDays, List<Waiting> waiting) {

    public record OpenInterview(long interviewId, long candidateId, String candidateName, Instant startedAt,
                                int scored, int questions) {
    }

    /** @param days whole days since the candidate last moved */
    public record Waiting(long candidateId, String fullName, Stage stage, long days) {
    }
}
