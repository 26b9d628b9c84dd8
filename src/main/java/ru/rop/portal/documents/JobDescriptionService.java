package ru.rop.portal.documents;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.content.InvalidContentException;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.SalesModel;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;
import tools.jackson.databind.json.JsonMapper;

/**
 * A vacancy's job description and rights list: proposed from the library for this company and vacancy, edited by
 * HR, saved as versions (each save a new one, the latest current), compared and restored, rendered through the
 * templates in {@code templates/documents/} to PDF and DOCX.
 */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class JobDescriptionService {

    public static final int MAX_CLAUSE = 1000;
    public static final int MAX_CLAUSES = 60;
    public static final int MAX_FIELD = 200;

    private final JobDescriptionVersionRepository versions;
    private final JobDescriptionProposals proposals;
    private final JobDescriptionMarkup markup;
    private final VacancyService vacancies;
    private final DocumentPdf pdf;
    private final DocumentDocx docx;
    private final AppI18NProvider i18n;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    JobDescriptionService(JobDescriptionVersionRepository versions, JobDescriptionProposals proposals,
                          JobDescriptionMarkup markup, VacancyService vacancies, DocumentPdf pdf, DocumentDocx docx,
                          AppI18NProvider i18n, CurrentActor actor, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.proposals = proposals;
        this.markup = markup;
        this.vacancies = vacancies;
        this.pdf = pdf;
        this.docx = docx;
        this.i18n = i18n;
        this.actor = actor;
        this.clock = clock;
        checkTemplates();
    }

    /** A broken template or library text stops the start, naming the file and the line. */
    private void checkTemplates() {
        String company = i18n.russian("jd.sample.company");
        String position = i18n.russian("jd.sample.position");
        JobDescriptionContent sample = proposal(new CompanyProfileForm(company, null, null, SalesModel.B2B, 5, null,
                null, -1), position, i18n.russian("jd.default-reports-to"));
        for (DocumentKind kind : DocumentKind.values()) {
            markup.document(sample, company, position, kind);
        }
    }

    /** The current version's content, or the library's proposal for this company and vacancy. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public JobDescriptionDraft draft(long vacancyId) {
        VacancySummary vacancy = vacancy(vacancyId);
        Optional<JobDescriptionVersion> current = versions.findFirstByVacancyIdOrderByNumberDesc(vacancyId);
        JobDescriptionContent content = current.map(v -> read(v.getContent())).orElseGet(() -> proposal(vacancy));
        return new JobDescriptionDraft(vacancyId, vacancy.title(), content, current.map(JobDescriptionVersion::getNumber)
                .orElse(0));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public List<VersionInfo> versions(long vacancyId) {
        vacancy(vacancyId);
        return versions.findByVacancyIdOrderByNumberDesc(vacancyId).stream().map(JobDescriptionVersion::toInfo)
                .toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public JobDescriptionContent version(long vacancyId, int number) {
        return read(versions.findByVacancyIdAndNumber(vacancyId, number)
                .orElseThrow(() -> new UserFacingException("jd.version.not-found", number)).getContent());
    }

    /**
     * Saves a new version.
     *
     * @param basedOn the version the editor started from (0 for the proposal)
     * @throws UserFacingException {@code jd.changed} when a colleague saved a version since
     */
    @Transactional
    @RolesAllowed(Roles.HR)
    public VersionInfo save(long vacancyId, JobDescriptionContent content, int basedOn) {
        VersionInfo saved = store(vacancyId, JobDescriptionChecks.checked(content), basedOn, null);
        events.publishEvent(AuditEvent.document(AuditEvent.Action.CHANGE, vacancyId,
                "job description v" + saved.number() + " saved"));
        return saved;
    }

    /** Makes an earlier version current again, as a new version that says where it came from. */
    @Transactional
    @RolesAllowed(Roles.HR)
    public VersionInfo restore(long vacancyId, int number, int basedOn) {
        JobDescriptionContent old = version(vacancyId, number);
        VersionInfo restored = store(vacancyId, old, basedOn, i18n.russian("jd.restored-from", number));
        events.publishEvent(AuditEvent.document(AuditEvent.Action.CHANGE, vacancyId,
                "job description v" + restored.number() + " restored from v" + number));
        return restored;
    }

    /** The document's markup for any content, for the live preview before anything is saved. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public OfficeDocument preview(long vacancyId, JobDescriptionContent content, DocumentKind kind) {
        VacancySummary vacancy = vacancy(vacancyId);
        return document(content, vacancy, kind);
    }

    /** The clauses added, removed, reworded and moved between two versions' job descriptions. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.HR)
    public List<ClauseChange> compare(long vacancyId, int older, int newer) {
        VacancySummary vacancy = vacancy(vacancyId);
        return VersionComparison.compare(document(version(vacancyId, older), vacancy, DocumentKind.JOB_DESCRIPTION),
                document(version(vacancyId, newer), vacancy, DocumentKind.JOB_DESCRIPTION));
    }

    /**
     * The current version as PDF; before any version is saved, the library's proposal marked «ПРОЕКТ» in the
     * running header, so integrators get a document for every vacancy and nobody mistakes it for an approved one.
     */
    @Transactional(readOnly = true)
    public DocumentFile pdf(long vacancyId, DocumentKind kind) {
        VacancySummary vacancy = vacancy(vacancyId);
        Optional<JobDescriptionContent> saved = current(vacancyId);
        String header = vacancy.companyName() + " — " + i18n.russian(kind.labelKey());
        byte[] file = pdf.render(document(saved.orElseGet(() -> proposal(vacancy)), vacancy, kind),
                saved.isPresent() ? header : i18n.russian("jd.draft-mark") + " — " + header,
                i18n.russian("pdf.page"));
        return downloaded(vacancyId, kind, "pdf", new DocumentFile(file, saved.isEmpty()));
    }

    /** The current version as DOCX; before any version is saved, the proposal with «ПРОЕКТ» in the page header. */
    @Transactional(readOnly = true)
    public DocumentFile docx(long vacancyId, DocumentKind kind) {
        VacancySummary vacancy = vacancy(vacancyId);
        Optional<JobDescriptionContent> saved = current(vacancyId);
        byte[] file = docx.render(document(saved.orElseGet(() -> proposal(vacancy)), vacancy, kind),
                saved.isPresent() ? "" : i18n.russian("jd.draft-mark"), i18n.russian("pdf.page"));
        return downloaded(vacancyId, kind, "docx", new DocumentFile(file, saved.isEmpty()));
    }

    private DocumentFile downloaded(long vacancyId, DocumentKind kind, String extension, DocumentFile file) {
        events.publishEvent(AuditEvent.document(AuditEvent.Action.EXPORT, vacancyId,
                kind.fileName() + (file.draft() ? "-draft." : ".") + extension));
        return file;
    }

    private Optional<JobDescriptionContent> current(long vacancyId) {
        return versions.findFirstByVacancyIdOrderByNumberDesc(vacancyId).map(v -> read(v.getContent()));
    }

    private JobDescriptionContent proposal(VacancySummary vacancy) {
        return proposal(company(vacancy), vacancy.title(), reportsTo(vacancy));
    }

    /** The library's proposal for a company and position given as they are, not read from a vacancy. */
    JobDescriptionContent proposal(CompanyProfileForm company, String position, String reportsTo) {
        return proposals.proposal(company, position, reportsTo);
    }

    private VersionInfo store(long vacancyId, JobDescriptionContent content, int basedOn, String note) {
        VacancySummary vacancy = vacancy(vacancyId);
        int latest = versions.findFirstByVacancyIdOrderByNumberDesc(vacancyId).map(JobDescriptionVersion::getNumber)
                .orElse(0);
        if (latest != basedOn) {
            throw new StaleEditException("jd.changed", latest);
        }
        for (DocumentKind kind : DocumentKind.values()) {
            // Refused before saving: a version that cannot be printed is no version.
            try {
                document(content, vacancy, kind);
            } catch (InvalidContentException e) {
                throw new UserFacingException("jd.template-broken", e.getMessage());
            }
        }
        try {
            return versions.saveAndFlush(new JobDescriptionVersion(vacancyId, latest + 1,
                    json.writeValueAsString(content), note, actor.displayName(), clock.instant())).toInfo();
        } catch (DataIntegrityViolationException e) {
            // A colleague saved the same version number a moment ago.
            throw new StaleEditException("jd.changed", latest + 1);
        }
    }

    private OfficeDocument document(JobDescriptionContent content, VacancySummary vacancy, DocumentKind kind) {
        return markup.document(content, vacancy.companyName(), vacancy.title(), kind);
    }

    /** The company as this vacancy sees it: a team size given on the vacancy wins over the company's. */
    private CompanyProfileForm company(VacancySummary vacancy) {
        CompanyProfileForm company = vacancies.companyProfile();
        return vacancy.salesTeamSize() == null ? company : new CompanyProfileForm(company.name(), company.industry(),
                company.products(), company.salesModel(), vacancy.salesTeamSize(), company.ropReportsTo(),
                company.keyKpis(), company.version());
    }

    private String reportsTo(VacancySummary vacancy) {
        String reportsTo = vacancy.reportsTo();
        if (reportsTo == null || reportsTo.isBlank()) {
            reportsTo = vacancies.companyProfile().ropReportsTo();
        }
        return reportsTo == null || reportsTo.isBlank() ? i18n.russian("jd.default-reports-to") : reportsTo;
    }

    private JobDescriptionContent read(String content) {
        return json.readValue(content, JobDescriptionContent.class);
    }

    private VacancySummary vacancy(long vacancyId) {
        return vacancies.find(vacancyId).orElseThrow(() -> new UserFacingException("vacancy.not-found"));
    }
}
