package ru.rop.portal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.rop.portal.candidate.CandidateErased;
import ru.rop.portal.candidate.ErasedCandidate;
import ru.rop.portal.candidate.ErasureReason;
import ru.rop.portal.common.Sha256;
import ru.rop.portal.vacancy.PersonalDataOperator;
import ru.rop.portal.vacancy.VacancyLookup;

/**
 * Writes the destruction act of every erasure: the people erased in one transaction are gathered and, just before
 * it commits, put in one act per reason — one for a whole retention run, one for each erasure on request or
 * withdrawal. The file is written before the commit and deleted if the transaction rolls back, so there is never
 * an erasure without its act nor an act of an erasure that did not happen.
 */
@Component
class DestructionActWriter {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());

    private final DestructionActRepository acts;
    private final DestructionActPdf pdf;
    private final ActFiles files;
    private final VacancyLookup vacancies;
    private final Clock clock;

    DestructionActWriter(DestructionActRepository acts, DestructionActPdf pdf, ActFiles files,
                         VacancyLookup vacancies, Clock clock) {
        this.acts = acts;
        this.pdf = pdf;
        this.files = files;
        this.vacancies = vacancies;
        this.clock = clock;
    }

    @EventListener
    void onErased(CandidateErased event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("An erasure outside a transaction would have no destruction act");
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.erased.add(event.candidate());
    }

    private final class Pending implements TransactionSynchronization {

        private final List<ErasedCandidate> erased = new ArrayList<>();
        private final List<String> written = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            Map<ErasureReason, List<ErasedCandidate>> byReason = new EnumMap<>(ErasureReason.class);
            erased.forEach(e -> byReason.computeIfAbsent(e.reason(), r -> new ArrayList<>()).add(e));
            byReason.forEach(this::write);
        }

        private void write(ErasureReason reason, List<ErasedCandidate> subjects) {
            long number = acts.nextNumber();
            Instant now = clock.instant();
            PersonalDataOperator operator = vacancies.operator();
            byte[] content = pdf.render(new ActContent(number, now, operator.name(),
                    operator.address() == null ? "" : operator.address(), reason, subjects));
            String fileName = "act-%06d-%s.pdf".formatted(number, FILE_DATE.format(now));
            files.write(fileName, content);
            written.add(fileName);
            TreeSet<Long> erasureIds = new TreeSet<>();
            subjects.forEach(s -> erasureIds.add(s.erasureId()));
            acts.save(new DestructionAct(number, now, reason, erasureIds, fileName, Sha256.hex(content)));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(DestructionActWriter.this);
            if (status != STATUS_COMMITTED) {
                written.forEach(files::delete);
            }
        }
    }
}
