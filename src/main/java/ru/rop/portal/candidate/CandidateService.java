package ru.rop.portal.candidate;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AuditEvent.Action;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.RetryOnWriteConflict;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UploadProperties;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** Candidates of the vacancies and their way through the pipeline; the rules live here, not in the screens. */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class CandidateService {

    /** Shorter queries match half the database: the search waits for more. */
    public static final int MIN_SEARCH_LENGTH = 2;

    static final int BOARD_CARDS_PER_STAGE = 50;
    static final int SEARCH_LIMIT = 50;

    private final CandidateRepository candidates;
    private final StageChangeRepository history;
    private final ResumeRepository resumes;
    private final VacancyService vacancies;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PersonalDataEraser eraser;
    private final UploadProperties uploads;
    private final CandidateCsv csv;

    CandidateService(CandidateRepository candidates, StageChangeRepository history, ResumeRepository resumes,
                     VacancyService vacancies, CurrentActor actor, Clock clock, ApplicationEventPublisher events,
                     PersonalDataEraser eraser, UploadProperties uploads, CandidateCsv csv) {
        this.eraser = eraser;
        this.uploads = uploads;
        this.csv = csv;
        this.events = events;
        this.candidates = candidates;
        this.history = history;
        this.resumes = resumes;
        this.vacancies = vacancies;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A racing insert of the same e-mail breaks the unique key (on a Galera cluster, the other node's insert fails
     * this commit's certification instead): the retry runs in a fresh transaction, where the duplicate check sees
     * the colleague's committed row and refuses with the usual duplicate message.
     */
    @RetryOnWriteConflict
    @Transactional
    public CandidateSummary create(CandidateForm form) {
        vacancy(form.vacancyId());
        CheckedCandidate checked = CheckedCandidate.of(form);
        refuseDuplicates(checked, null);
        Instant now = clock.instant();
        Candidate candidate = new Candidate(form.vacancyId(), actor.name(), now);
        candidate.apply(checked.form(), checked.phoneDigits(), now);
        candidate = candidates.saveAndFlush(candidate);
        history.save(new StageChange(candidate.getId(), null, Stage.NEW, null, actor.name(), now));
        events.publishEvent(AuditEvent.candidate(Action.CREATE, candidate.getId(), candidate.getVacancyId(),
                "source " + (form.source() == null ? "-" : form.source().name())));
        events.publishEvent(new CandidateCreated(candidate.getId(), candidate.getVacancyId(), Stage.NEW));
        return candidate.toSummary();
    }

    /** @throws UserFacingException {@code candidate.changed} when someone saved the candidate since it was loaded */
    @RetryOnWriteConflict
    @Transactional
    public CandidateSummary update(long id, CandidateForm form) {
        Candidate candidate = candidate(id);
        if (candidate.getVersion() != form.version()) {
            throw new StaleEditException("candidate.changed");
        }
        CheckedCandidate checked = CheckedCandidate.of(new CandidateForm(candidate.getVacancyId(), form.fullName(),
                form.email(), form.phone(), form.city(), form.source(), form.currentPosition(), form.currentCompany(),
                form.expectedSalary(), form.notes(), form.tags(), form.version()));
        refuseDuplicates(checked, id);
        candidate.apply(checked.form(), checked.phoneDigits(), clock.instant());
        events.publishEvent(AuditEvent.candidate(Action.CHANGE, id, candidate.getVacancyId(), "card"));
        return candidates.saveAndFlush(candidate).toSummary();
    }

    @RetryOnWriteConflict
    @Transactional
    public CandidateSummary moveTo(long id, Stage to, String reason) {
        Candidate candidate = candidate(id);
        Stage from = candidate.getStage();
        if (from == to) {
            return candidate.toSummary();
        }
        String checkedReason = FormRules.optional("reason", reason, 500);
        checkMove(id, from, to, checkedReason);
        Instant now = clock.instant();
        candidate.moveTo(to, checkedReason, now);
        history.save(new StageChange(id, from, to, checkedReason, actor.name(), now));
        events.publishEvent(AuditEvent.candidate(Action.CHANGE, id, candidate.getVacancyId(),
                "stage " + from.name() + "→" + to.name()));
        events.publishEvent(new StageChanged(id, candidate.getVacancyId(), from, to, false));
        if (to == Stage.HIRED) {
            events.publishEvent(new CandidateHired(id, candidate.getVacancyId(), now));
        }
        return candidates.saveAndFlush(candidate).toSummary();
    }

    private void checkMove(long id, Stage from, Stage to, String reason) {
        if (from == Stage.HIRED) {
            throw new UserFacingException("stage.move.from-hired");
        }
        if (to == Stage.NEW) {
            throw new UserFacingException("stage.move.back-to-new");
        }
        if (to == Stage.HIRED && from != Stage.OFFER) {
            throw new UserFacingException("stage.move.hired-needs-offer");
        }
        if (to == Stage.REJECTED && reason == null) {
            throw UserFacingException.forField("reason", "stage.move.rejection-reason");
        }
        if (from == Stage.REJECTED) {
            Stage rejectedAt = history.findByCandidateIdOrderByChangedAtAscIdAsc(id).stream()
                    .filter(change -> change.getToStage() == Stage.REJECTED)
                    .reduce((first, second) -> second)
                    .map(StageChange::getFromStage)
                    .orElse(null);
            if (to != rejectedAt) {
                throw new UserFacingException("stage.move.reopen-only", rejectedAt == null ? "—" : rejectedAt.name());
            }
        }
    }

    @Transactional(readOnly = true)
    public Optional<CandidateSummary> find(long id) {
        return candidates.findById(id).map(Candidate::toSummary);
    }

    /** The card as a person opens it: the same as {@link #details}, and recorded once in the audit log. */
    @Transactional(readOnly = true)
    public CandidateDetails openAudited(long id) {
        CandidateDetails details = details(id);
        events.publishEvent(AuditEvent.candidate(Action.VIEW, id, details.candidate().vacancyId(), "card"));
        return details;
    }

    /** The candidate as an integration reads it; recorded in the audit log. */
    @Transactional(readOnly = true)
    public Optional<CandidateSummary> readAudited(long id) {
        Optional<CandidateSummary> found = find(id);
        found.ifPresent(c -> events.publishEvent(AuditEvent.candidate(Action.VIEW, id, c.vacancyId(), "candidate")));
        return found;
    }

    @Transactional(readOnly = true)
    public CandidateDetails details(long id) {
        Candidate candidate = candidate(id);
        List<StageHistoryEntry> entries = history.findByCandidateIdOrderByChangedAtAscIdAsc(id).stream()
                .map(StageChange::toEntry).toList();
        List<CandidateSummary> elsewhere = candidates.findByEmailOrPhoneDigits(candidate.getEmail(),
                        candidate.getPhoneDigits() == null ? "\u0000" : candidate.getPhoneDigits()).stream()
                .filter(other -> other.getVacancyId() != candidate.getVacancyId())
                .map(Candidate::toSummary)
                .toList();
        return new CandidateDetails(candidate.toSummary(), candidate.getNotes(),
                resumes.findInfo(id).orElse(null), entries, elsewhere);
    }

    @Transactional(readOnly = true)
    public CandidateForm form(long id) {
        return candidate(id).toForm();
    }

    /** A window of a vacancy's candidates for a lazy grid; the name breaks ties so pages never overlap. */
    @Transactional(readOnly = true)
    public List<CandidateSummary> page(long vacancyId, CandidateFilter filter, Sort sort, int offset, int limit) {
        Sort order = (sort.isUnsorted() ? Sort.by("fullName") : sort).and(Sort.by("id"));
        return candidates.findAll(CandidateSpecifications.of(vacancyId, filter),
                new OffsetRequest(offset, Math.max(1, limit), order)).stream().map(Candidate::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public long count(long vacancyId, CandidateFilter filter) {
        return candidates.count(CandidateSpecifications.of(vacancyId, filter));
    }

    @Transactional(readOnly = true)
    public List<BoardColumn> board(long vacancyId) {
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : Stage.BOARD) {
            Specification<Candidate> spec = CandidateSpecifications.of(vacancyId,
                    new CandidateFilter(null, Set.of(stage)));
            List<CandidateSummary> cards = candidates.findAll(spec,
                            PageRequest.of(0, BOARD_CARDS_PER_STAGE, Sort.by(Sort.Direction.DESC, "updatedAt")))
                    .stream().map(Candidate::toSummary).toList();
            columns.add(new BoardColumn(stage, cards, candidates.count(spec)));
        }
        return columns;
    }

    /**
     * A page of a vacancy's candidates as an integration reads it, in the order they were added; recorded in the
     * audit log with the page, never the names.
     */
    @Transactional(readOnly = true)
    public CandidatePage readPageAudited(long vacancyId, Stage stage, int page, int size) {
        CandidateFilter filter = new CandidateFilter(null, stage == null ? Set.of() : Set.of(stage));
        List<CandidateSummary> items = page(vacancyId, filter, Sort.by("id"), page * size, size);
        events.publishEvent(AuditEvent.vacancy(Action.VIEW, vacancyId, "candidates "
                + (stage == null ? "all" : stage.name()) + " page " + page + " rows " + items.size()));
        return new CandidatePage(items, count(vacancyId, filter));
    }

    /** Every candidate of the vacancy with the stage history, for the cockpit's numbers: two queries in all. */
    @Transactional(readOnly = true)
    public List<CandidateJourney> journeys(long vacancyId) {
        Map<Long, List<StageHistoryEntry>> moves = new HashMap<>();
        for (StageChange change : history.findByVacancy(vacancyId)) {
            moves.computeIfAbsent(change.getCandidateId(), id -> new ArrayList<>()).add(change.toEntry());
        }
        return candidates.findJourneyHeads(vacancyId).stream().map(row -> new CandidateJourney((Long) row[0],
                (String) row[1], (Source) row[2], (Stage) row[3], (Instant) row[4],
                moves.getOrDefault((Long) row[0], List.of()))).toList();
    }

    /** Across all vacancies, by name, e-mail, phone or tag. */
    @Transactional(readOnly = true)
    public List<CandidateSummary> search(String text) {
        String query = text == null ? "" : text.strip();
        if (query.length() < MIN_SEARCH_LENGTH) {
            return List.of();
        }
        return candidates.findAll(CandidateSpecifications.matching(query),
                PageRequest.of(0, SEARCH_LIMIT, Sort.by("fullName"))).stream().map(Candidate::toSummary).toList();
    }

    @Transactional
    public ResumeInfo attachResume(long id, String fileName, byte[] content) {
        Candidate candidate = candidate(id);
        ResumeCheck.fileName(fileName);
        if (content != null && content.length > uploads.maxResumeSize().toBytes()) {
            throw new UserFacingException("resume.too-big", uploads.maxResumeMegabytes());
        }
        String contentType = ResumeCheck.contentType(fileName, content);
        String name = FormRules.required("fileName", fileName, 255);
        Resume resume = resumes.findById(id).orElseGet(() -> new Resume(id));
        resume.replace(name, contentType, content, actor.name(), clock.instant());
        // The file's name often carries the person's name: the log keeps only its kind.
        events.publishEvent(AuditEvent.candidate(Action.CHANGE, id, candidate.getVacancyId(),
                "resume uploaded " + contentType));
        return resumes.saveAndFlush(resume).toInfo();
    }

    @Transactional(readOnly = true)
    public Optional<ResumeFile> resume(long id) {
        Optional<ResumeFile> file = resumes.findById(id).map(r -> new ResumeFile(r.toInfo().fileName(),
                r.toInfo().contentType(), r.getContent()));
        // A résumé exists only while its candidate does.
        file.ifPresent(f -> events.publishEvent(AuditEvent.candidate(Action.EXPORT, id,
                candidate(id).getVacancyId(), "resume " + f.contentType())));
        return file;
    }

    /**
     * Erases the candidate's personal data at their request (152-ФЗ): everything about the person goes, an anonymous
     * record of the erasure stays.
     */
    @Transactional
    public void erase(long id) {
        eraser.erase(id, ErasureReason.REQUEST, actor.name());
    }

    /**
     * The vacancy's candidates as CSV for Excel: UTF-8 with a byte-order mark so Cyrillic shows, semicolons because
     * a Russian Excel splits columns on them.
     */
    @Transactional(readOnly = true)
    public byte[] exportCsv(long vacancyId) {
        vacancy(vacancyId);
        List<Candidate> exported = candidates.findByVacancyIdOrderByFullName(vacancyId);
        events.publishEvent(AuditEvent.vacancy(Action.EXPORT, vacancyId, "candidates.csv " + exported.size()
                + " rows"));
        return csv.write(exported);
    }

    private void refuseDuplicates(CheckedCandidate checked, Long self) {
        long vacancyId = checked.form().vacancyId();
        candidates.findFirstByVacancyIdAndEmail(vacancyId, checked.form().email())
                .filter(existing -> !existing.getId().equals(self))
                .ifPresent(existing -> {
                    throw new DuplicateCandidateException("email", "candidate.duplicate.email", existing.getId(),
                            existing.getFullName());
                });
        if (checked.phoneDigits() != null) {
            candidates.findFirstByVacancyIdAndPhoneDigits(vacancyId, checked.phoneDigits())
                    .filter(existing -> !existing.getId().equals(self))
                    .ifPresent(existing -> {
                        throw new DuplicateCandidateException("phone", "candidate.duplicate.phone",
                                existing.getId(), existing.getFullName());
                    });
        }
    }

    private Candidate candidate(long id) {
        return candidates.findById(id).orElseThrow(() -> new CandidateNotFoundException(id));
    }

    private VacancySummary vacancy(long id) {
        return vacancies.find(id).orElseThrow(() -> UserFacingException.forField("vacancyId", "vacancy.not-found"));
    }
}
