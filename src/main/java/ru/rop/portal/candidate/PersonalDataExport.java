package ru.rop.portal.candidate;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.security.Roles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything held on one candidate as one JSON file, for their request to see their data (152-ФЗ, art. 14): the
 * card, the résumé with its content, the stage history and every feature's {@link PersonalDataSection}.
 */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class PersonalDataExport {

    /** Names the file's layout, so a reader of an old file knows what it holds. */
    static final String FORMAT = "rop-portal/personal-data/1";

    record Export(String format, Instant exportedAt, String exportedBy, long candidateId, CandidateData candidate,
                  Map<String, Object> sections) {
    }

    /**
     * @param decidedAt when the candidate was hired or rejected: the retention period counts from it; null while
     *                  the hiring is open
     */
    record CandidateData(String fullName, String email, String phone, String city, Source source,
                         String currentPosition, String currentCompany, Integer expectedSalary, String notes,
                         Set<String> tags, long vacancyId, Stage stage, String rejectionReason, Instant createdAt,
                         String createdBy, Instant updatedAt, Instant decidedAt, int retentionDays,
                         ResumeData resume, List<StageHistoryEntry> stageHistory) {
    }

    record ResumeData(String fileName, String contentType, long sizeBytes, Instant uploadedAt, String uploadedBy,
                      byte[] content) {
    }

    private final CandidateRepository candidates;
    private final StageChangeRepository history;
    private final ResumeRepository resumes;
    private final List<PersonalDataSection> sections;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final Clock clock;
    private final int retentionDays;

    PersonalDataExport(CandidateRepository candidates, StageChangeRepository history, ResumeRepository resumes,
                       List<PersonalDataSection> sections, JsonMapper json, CurrentActor actor, Clock clock,
                       PrivacyProperties privacy) {
        this.candidates = candidates;
        this.history = history;
        this.resumes = resumes;
        this.sections = sections.stream().sorted(Comparator.comparing(PersonalDataSection::key)).toList();
        this.json = json;
        this.actor = actor;
        this.clock = clock;
        this.retentionDays = privacy.retentionDays();
    }

    /** The file's name, the same for the API and the card's download. */
    public static String fileName(long candidateId) {
        return "personal-data-" + candidateId + ".json";
    }

    /** @throws CandidateNotFoundException for an unknown (or erased) candidate */
    @Transactional(readOnly = true)
    public byte[] export(long candidateId) {
        Candidate candidate = candidates.findById(candidateId)
                .orElseThrow(() -> new CandidateNotFoundException(candidateId));
        List<StageChange> changes = history.findByCandidateIdOrderByChangedAtAscIdAsc(candidateId);
        Instant decidedAt = candidate.getStage().terminal() ? changes.stream()
                .filter(change -> change.getToStage() == candidate.getStage())
                .map(change -> change.toEntry().changedAt()).reduce((first, last) -> last).orElse(null) : null;
        ResumeData resume = resumes.findById(candidateId).map(r -> {
            ResumeInfo info = r.toInfo();
            return new ResumeData(info.fileName(), info.contentType(), info.sizeBytes(), info.uploadedAt(),
                    info.uploadedBy(), r.getContent());
        }).orElse(null);
        CandidateSummary card = candidate.toSummary();
        CandidateData data = new CandidateData(card.fullName(), card.email(), card.phone(), card.city(),
                card.source(), card.currentPosition(), card.currentCompany(), card.expectedSalary(),
                candidate.getNotes(), new TreeSet<>(card.tags()), card.vacancyId(), card.stage(),
                card.rejectionReason(), card.createdAt(), candidate.getCreatedBy(), card.updatedAt(), decidedAt,
                retentionDays, resume, changes.stream().map(StageChange::toEntry).toList());
        Map<String, Object> features = new LinkedHashMap<>();
        for (PersonalDataSection section : sections) {
            features.put(section.key(), section.personalData(candidateId));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Export(FORMAT, clock.instant(),
                actor.name(), candidateId, data, features));
    }
}
