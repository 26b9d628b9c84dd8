package ru.rop.portal.scheduling;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder the day before ({@code rop.meetings.reminder-cron}, every 15 minutes by default; "-" switches it
 * off). With several instances each runs it: every meeting's reminder is first claimed by a conditional update
 * ({@code reminder_sent_at IS NULL}) that only one instance wins, then sent; a refused send gives the claim back
 * for the next run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MeetingReminders {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminders.class);

    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MeetingReminders(MeetingRepository meetings, MeetingNotices notices, TransactionTemplate transactions,
                     Clock clock) {
        this.meetings = meetings;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${rop.meetings.reminder-cron:0 */15 * * * *}")
    void scheduled() {
        int sent = remind();
        if (sent > 0) {
            log.info("Meeting reminders sent: {}", sent);
        }
    }

    /** @return how many reminders this instance sent */
    int remind() {
        if (!notices.mailConfigured()) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (long id : meetings.dueForReminder(MeetingService.OPEN, now, now.plus(Meeting.REMINDER_BEFORE))) {
            Boolean claimed = transactions.execute(status -> meetings.claimReminder(id, now) == 1);
            if (!Boolean.TRUE.equals(claimed)) {
                continue;
            }
            Boolean accepted = transactions.execute(status -> meetings.findById(id)
                    .map(meeting -> notices.send(meeting, MeetingMails.Kind.REMINDER, null)).orElse(true));
            if (Boolean.TRUE.equals(accepted)) {
                sent++;
            } else {
                transactions.executeWithoutResult(status -> meetings.releaseReminder(id, now));
            }
        }
        return sent;
    }
}
