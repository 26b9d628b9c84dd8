package ru.rop.portal.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByTokenHash(String tokenHash);

    List<Meeting> findByCandidateIdOrderByCreatedAtDescIdDesc(long candidateId);

    /** Open meetings of any of these interviewers that share time with [start, end). */
    @Query("select distinct m from Meeting m join m.interviewerIds i where i in :interviewers and m.state in :states"
            + " and m.startAt < :end and m.endAt > :start and m.id <> :except")
    List<Meeting> overlapping(Collection<Long> interviewers, Collection<MeetingState> states, Instant start,
                              Instant end, long except);

    List<Meeting> findByStateInAndStartAtGreaterThanEqualAndStartAtLessThanOrderByStartAtAsc(
            Collection<MeetingState> states, Instant from, Instant to);

    /** Due for a reminder: open, not reminded, starting within the window. */
    @Query("select m.id from Meeting m where m.state in :states and m.reminderSentAt is null"
            + " and m.startAt > :now and m.startAt <= :until")
    List<Long> dueForReminder(Collection<MeetingState> states, Instant now, Instant until);

    /** Claims the reminder for this instance: 1 for the one that wins, 0 for every other. */
    @Modifying
    @Query("update Meeting m set m.reminderSentAt = :at where m.id = :id and m.reminderSentAt is null")
    int claimReminder(long id, Instant at);

    /** Gives a claimed reminder back after the mail server refused it, so the next run tries again. */
    @Modifying
    @Query("update Meeting m set m.reminderSentAt = null where m.id = :id and m.reminderSentAt = :at")
    int releaseReminder(long id, Instant at);
}
