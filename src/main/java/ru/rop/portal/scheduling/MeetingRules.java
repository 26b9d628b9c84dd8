package ru.rop.portal.scheduling;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.StaffMember;

/** The checks of a meeting form, each refusal naming its field; nothing is changed when one fails. */
final class MeetingRules {

    static final int MIN_MINUTES = 15;
    static final int MAX_MINUTES = 240;
    static final int MAX_INTERVIEWERS = 10;
    static final int MAX_PLACE = 300;
    static final int MAX_LINK = 500;
    static final int MAX_COMMENT = 1000;

    private MeetingRules() {
    }

    static MeetingPlan check(MeetingForm form, Instant now, List<StaffMember> staff) {
        if (form.start() == null) {
            throw UserFacingException.forField("start", "field.required");
        }
        Instant start = form.start().toInstant();
        if (!start.isAfter(now)) {
            throw UserFacingException.forField("start", "meeting.start.past");
        }
        if (form.durationMinutes() == null) {
            throw UserFacingException.forField("durationMinutes", "field.required");
        }
        int minutes = FormRules.range("durationMinutes", form.durationMinutes(), MIN_MINUTES, MAX_MINUTES);
        String place = FormRules.optional("place", form.place(), MAX_PLACE);
        String link = videoLink(form.videoLink());
        if ((place == null) == (link == null)) {
            throw UserFacingException.forField(place == null ? "place" : "videoLink", "meeting.where");
        }
        return new MeetingPlan(start, minutes, interviewers(form.interviewerEmails(), staff), place, link);
    }

    private static List<Long> interviewers(@Nullable List<String> emails, List<StaffMember> staff) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String email : emails == null ? List.<String>of() : emails) {
            if (email != null && !email.isBlank()) {
                wanted.add(email.strip().toLowerCase(Locale.ROOT));
            }
        }
        if (wanted.isEmpty()) {
            throw UserFacingException.forField("interviewerEmails", "meeting.interviewers.required");
        }
        if (wanted.size() > MAX_INTERVIEWERS) {
            throw UserFacingException.forField("interviewerEmails", "meeting.interviewers.too-many",
                    MAX_INTERVIEWERS);
        }
        Map<String, StaffMember> byEmail = staff.stream().collect(Collectors.toMap(
                member -> member.email().toLowerCase(Locale.ROOT), Function.identity()));
        List<Long> ids = new ArrayList<>();
        for (String email : wanted) {
            StaffMember member = byEmail.get(email);
            if (member == null) {
                throw UserFacingException.forField("interviewerEmails", "meeting.interviewers.unknown",
                        FormRules.optional("interviewerEmails", email, 254));
            }
            ids.add(member.id());
        }
        return List.copyOf(ids);
    }

    /** Only https: the link goes into e-mails and calendars, and a plain-http meeting room leaks the talk. */
    private static @Nullable String videoLink(@Nullable String raw) {
        String link = FormRules.optional("videoLink", raw, MAX_LINK);
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw UserFacingException.forField("videoLink", "meeting.video-link.https");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw UserFacingException.forField("videoLink", "meeting.video-link.https");
        }
    }

    /** The candidate's comment: required when asking for another time, with the limits of every text field. */
    static String comment(@Nullable String raw) {
        return FormRules.required("comment", raw, MAX_COMMENT);
    }
}
