package ru.rop.portal.documents;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.StaleEditException;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.InvalidContentException;
import ru.rop.portal.common.content.TextTemplates;
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
    /** The position as the templates name it, lower case. */
    private static final String STANDARD_TITLE = "руководитель отдела продаж";

    private final JobDescriptionVersionRepository versions;
    private final DocumentLibrary library;
    private final TextTemplates templates;
    private final VacancyService vacancies;
    private final DocumentPdf pdf;
    private final DocumentDocx docx;
    private final AppI18NProvider i18n;
    private final CurrentActor actor;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();

    JobDescriptionService(JobDescriptionVersionRepository versions, ContentLoader loader, TextTemplates templates,
                          VacancyService vacancies, DocumentPdf pdf, DocumentDocx docx, AppI18NProvider i18n,
                          CurrentActor actor, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.library = loader.load(DocumentLibrary.FILE, DocumentLibrary.class,
                (content, checks) -> content.check(checks));
        this.templates = templates;
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
            DocumentMarkup.parse(kind.template(), templates.render(kind.template(), model(sample, company, position)));
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
        VersionInfo saved = store(vacancyId, checked(content), basedOn, null);
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

    private JobDescriptionContent checked(JobDescriptionContent content) {
        return new JobDescriptionContent(
                FormRules.required("approverPosition", content.approverPosition(), MAX_FIELD),
                FormRules.required("approverName", content.approverName(), MAX_FIELD),
                FormRules.required("reportsTo", content.reportsTo(), MAX_FIELD),
                FormRules.optional("teamSize", content.teamSize(), MAX_FIELD),
                content.keepsOwnClients(),
                clauses("duties", content.duties()), clauses("rights", content.rights()),
                clauses("responsibilities", content.responsibilities()),
                clauses("relationships", content.relationships()), kpis(content.kpis()),
                clauses("qualifications", content.qualifications()));
    }

    private static List<JobDescriptionContent.Clause> clauses(String section, List<JobDescriptionContent.Clause> list) {
        if (list.size() > MAX_CLAUSES) {
            throw UserFacingException.forField(section, "jd.too-many", MAX_CLAUSES);
        }
        List<JobDescriptionContent.Clause> checked = new ArrayList<>();
        for (JobDescriptionContent.Clause clause : list) {
            String text = FormRules.optional(section, clause.text(), MAX_CLAUSE);
            if (text != null) {
                checked.add(new JobDescriptionContent.Clause(clause.libraryId(), text, clause.included()));
            }
        }
        return List.copyOf(checked);
    }

    private static List<JobDescriptionContent.Kpi> kpis(List<JobDescriptionContent.Kpi> list) {
        if (list.size() > MAX_CLAUSES) {
            throw UserFacingException.forField("kpis", "jd.too-many", MAX_CLAUSES);
        }
        List<JobDescriptionContent.Kpi> checked = new ArrayList<>();
        for (JobDescriptionContent.Kpi kpi : list) {
            String label = FormRules.optional("kpis", kpi.label(), MAX_FIELD);
            if (label != null) {
                String target = kpiText(kpi.target());
                if (kpi.included() && target.isEmpty()) {
                    // A criterion without a target cannot be assessed; the preview shows a blank to fill in.
                    throw UserFacingException.forField("kpis", "jd.kpi.target-required", label);
                }
                checked.add(new JobDescriptionContent.Kpi(kpi.libraryId(), label, kpiText(kpi.unit()), target,
                        kpiText(kpi.period()), kpi.included()));
            }
        }
        return List.copyOf(checked);
    }

    /** A KPI's optional field: trimmed and limited like every field, empty rather than absent. */
    private static String kpiText(String value) {
        String checked = FormRules.optional("kpis", value, MAX_FIELD);
        return checked == null ? "" : checked;
    }

    /** The library's proposal: default items, with the variant for the company's industry or sales model. */
    JobDescriptionContent proposal(CompanyProfileForm company, String position, String reportsTo) {
        // No position of the superior here: library texts say «непосредственный руководитель» in their own case.
        Map<String, Object> model = Map.of("company", company.name() == null ? "" : company.name(),
                "teamSize", company.salesTeamSize() == null
                        ? i18n.russian("jd.team-size.unknown") : i18n.russian("jd.team-size", company.salesTeamSize()));
        String industry = library.industries().stream().filter(i -> i.matches(company.industry()))
                .map(DocumentLibrary.Industry::id).findFirst().orElse(null);
        String salesModel = company.salesModel() == null ? null : company.salesModel().name();
        List<JobDescriptionContent.Clause> duties = new ArrayList<>();
        for (DocumentLibrary.Duty duty : library.duties()) {
            Map<String, String> variants = duty.variants() == null ? Map.of() : duty.variants();
            String text = industry != null && variants.containsKey(industry) ? variants.get(industry)
                    : salesModel != null && variants.containsKey(salesModel) ? variants.get(salesModel) : duty.text();
            duties.add(new JobDescriptionContent.Clause(duty.id(), fill(duty.id(), text, model), duty.byDefault()));
        }
        duties.add(new JobDescriptionContent.Clause("OWN_CLIENTS", fill("ownClients", library.ownClients(), model),
                false));
        return new JobDescriptionContent(i18n.russian("jd.default-approver"), "", reportsTo,
                String.valueOf(model.get("teamSize")), false, List.copyOf(duties),
                items(library.rights(), model), items(library.responsibilities(), model),
                items(library.relationships(), model),
                library.kpis().stream().map(k -> new JobDescriptionContent.Kpi(k.id(), k.label(), k.unit(),
                        k.target(), k.period(), k.byDefault())).toList(),
                items(library.qualifications(), model));
    }

    private List<JobDescriptionContent.Clause> items(List<DocumentLibrary.Item> items, Map<String, Object> model) {
        return items.stream().map(i -> new JobDescriptionContent.Clause(i.id(), fill(i.id(), i.text(), model),
                i.byDefault())).toList();
    }

    private String fill(String name, String text, Map<String, Object> model) {
        return templates.renderText(DocumentLibrary.FILE + "#" + name, text, model);
    }

    private OfficeDocument document(JobDescriptionContent content, VacancySummary vacancy, DocumentKind kind) {
        return DocumentMarkup.parse(kind.template(), markup(content, vacancy, kind));
    }

    private String markup(JobDescriptionContent content, VacancySummary vacancy, DocumentKind kind) {
        return templates.render(kind.template(), model(content, vacancy.companyName(), vacancy.title()));
    }

    private Map<String, Object> model(JobDescriptionContent content, String company, String position) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", Map.of("name", inline(company)));
        model.put("vacancy", Map.of("title", inline(position), "ownTitle", ownTitle(position)));
        model.put("approverPosition", inline(content.approverPosition()));
        model.put("approverName", inline(content.approverName()));
        model.put("reportsTo", inline(content.reportsTo()));
        model.put("teamSize", inline(content.teamSize()));
        List<String> duties = new ArrayList<>(included(content.duties()));
        if (content.keepsOwnClients() && content.duties().stream().noneMatch(d -> "OWN_CLIENTS".equals(d.libraryId())
                && d.included())) {
            content.duties().stream().filter(d -> "OWN_CLIENTS".equals(d.libraryId())).findFirst()
                    .ifPresent(d -> duties.add(inline(d.text())));
        }
        model.put("duties", duties);
        model.put("rights", included(content.rights()));
        model.put("responsibilities", included(content.responsibilities()));
        model.put("relationships", included(content.relationships()));
        model.put("qualifications", included(content.qualifications()));
        model.put("kpis", content.kpis().stream().filter(JobDescriptionContent.Kpi::included)
                .map(k -> Map.of("label", inline(k.label()), "unit", inline(k.unit()), "target", inline(k.target()),
                        "period", inline(k.period())))
                .toList());
        return model;
    }

    /**
     * The owner's job title when it is not the one the templates use throughout: the templates name it once, in the
     * nominative, and say «руководитель отдела продаж» everywhere else.
     */
    private static String ownTitle(String position) {
        String title = inline(position);
        String plain = title.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ")
                .replaceAll("[.\\s]+$", "");
        return STANDARD_TITLE.equals(plain) ? "" : title;
    }

    private static List<String> included(List<JobDescriptionContent.Clause> clauses) {
        return clauses.stream().filter(JobDescriptionContent.Clause::included)
                .map(clause -> inline(clause.text())).toList();
    }

    /**
     * What a person typed, made safe for the document markup: one line (a line break would start a new block), and
     * a leading {@code @} or {@code #} kept as text rather than read as a directive.
     */
    static String inline(String text) {
        // Control characters pasted from Word would make the DOCX unreadable; tabs and breaks become spaces.
        String line = text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replace('\t', ' ')
                .replaceAll("\\p{Cntrl}", "").strip();
        return line.startsWith("@") || line.startsWith("#") ? "\u00a0" + line : line;
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
