package ru.rop.portal.scheduling;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as a person or an integration asks for it.
 *
 * @param start           the moment with its offset (the form sends the owner's local time with Moscow's offset)
 * @param interviewerEmails staff accounts' e-mails
 * @param place           an address for a meeting in person, or null
 * @param videoLink       an https link for an online meeting, or null; exactly one of the two
 */
public record MeetingForm(@Nullable OffsetDateTime start, @Nullable Integer durationMinutes,
                          @Nullable List<String> interviewerEmails, @Nullable String place,
                          @Nullable String videoLink) {
}
