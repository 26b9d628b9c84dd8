package ru.rop.portal.report;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import ru.rop.portal.candidate.CandidateFilter;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.AuditEvent;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/**
 * Evaluation reports as PDF: one candidate's, and every candidate of a vacancy in one ZIP. A report is a document
 * that travels, so a rater in progress ({@link InterviewService#blindedFor}) gets none on a candidate they are
 * still interviewing: it is refused with a message, never rendered half-empty.
 */
@Service
@RolesAllowed({Roles.HR, Roles.API})
public class ReportService {

    /** A vacancy's archive holds at most this many reports; more would be a different job than a download. */
    public static final int MAX_ARCHIVE = 500;

    /** Told after each report of an archive: how many are done of how many. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int total);
    }

    private final ProfileService profiles;
    private final InterviewService interviews;
    private final CandidateService candidates;
    private final CandidateReportPdf pdf;
    private final ComparisonReportPdf comparison;
    private final VacancyService vacancies;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportService(ProfileService profiles, InterviewService interviews, CandidateService candidates,
                  CandidateReportPdf pdf, ComparisonReportPdf comparison, VacancyService vacancies, Clock clock,
                  ApplicationEventPublisher events) {
        this.interviews = interviews;
        this.events = events;
        this.comparison = comparison;
        this.vacancies = vacancies;
        this.profiles = profiles;
        this.candidates = candidates;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** @throws UserFacingException {@code report.blinded} for a rater in progress */
    public byte[] candidateReport(long candidateId) {
        if (interviews.blindedFor(candidateId)) {
            throw new UserFacingException("report.blinded");
        }
        CandidateProfile profile = profiles.profile(candidateId);
        byte[] report = pdf.render(profile, clock.instant());
        events.publishEvent(AuditEvent.candidate(AuditEvent.Action.EXPORT, candidateId, profile.vacancyId(),
                "report.pdf"));
        return report;
    }

    /**
     * Two to four finalists of one vacancy side by side.
     *
     * @throws UserFacingException {@code report.comparison.blinded} when the viewer is a rater in progress on any
     */
    public byte[] comparisonReport(long vacancyId, List<Long> candidateIds) {
        String title = vacancies.find(vacancyId).orElseThrow(() -> new UserFacingException("vacancy.not-found"))
                .title();
        List<CandidateProfile> compared = profiles.compare(vacancyId, candidateIds);
        List<String> blinded = compared.stream().filter(p -> interviews.blindedFor(p.candidateId()))
                .map(CandidateProfile::fullName).toList();
        if (!blinded.isEmpty()) {
            throw new UserFacingException("report.comparison.blinded", String.join(", ", blinded));
        }
        byte[] report = comparison.render(title, compared, clock.instant());
        events.publishEvent(AuditEvent.vacancy(AuditEvent.Action.EXPORT, vacancyId, "comparison.pdf candidates "
                + String.join(",", compared.stream().map(p -> Long.toString(p.candidateId())).toList())));
        return report;
    }

    /** The file name a report is saved under: the candidate's name, safe for every file system. */
    public String fileName(long candidateId) {
        CandidateSummary candidate = candidates.find(candidateId)
                .orElseThrow(() -> new UserFacingException("candidate.not-found", candidateId));
        return safe(candidate.fullName()) + ".pdf";
    }

    /**
     * Every candidate of the vacancy, one PDF each, in a ZIP.
     *
     * @throws UserFacingException {@code reports.archive.blinded} when the viewer is a rater in progress on any
     */
    @RolesAllowed(Roles.HR)
    public byte[] vacancyArchive(long vacancyId, Progress progress) {
        long count = candidates.count(vacancyId, CandidateFilter.none());
        if (count > MAX_ARCHIVE) {
            throw new UserFacingException("reports.archive.too-many", count, MAX_ARCHIVE);
        }
        List<CandidateSummary> all = candidates.page(vacancyId, CandidateFilter.none(), Sort.by("fullName"), 0,
                MAX_ARCHIVE);
        List<String> blinded = all.stream().filter(c -> interviews.blindedFor(c.id()))
                .map(CandidateSummary::fullName).toList();
        if (!blinded.isEmpty()) {
            throw new UserFacingException("reports.archive.blinded", String.join(", ", blinded));
        }
        Instant now = clock.instant();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // PDFs are compressed already: deflating them again costs time and saves nothing.
            zip.setLevel(0);
            int done = 0;
            for (CandidateSummary candidate : all) {
                zip.putNextEntry(new ZipEntry(String.format("%03d %s.pdf", done + 1, safe(candidate.fullName()))));
                zip.write(pdf.render(profiles.profile(candidate.id()), now));
                zip.closeEntry();
                progress.done(++done, all.size());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(AuditEvent.vacancy(AuditEvent.Action.EXPORT, vacancyId, "reports.zip " + all.size()
                + " reports"));
        return bytes.toByteArray();
    }

    static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? "candidate" : cleaned;
    }
}
