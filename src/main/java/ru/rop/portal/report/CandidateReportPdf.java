package ru.rop.portal.report;

import java.time.Instant;
import org.springframework.stereotype.Component;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.pdf.OfficePdf;
import ru.rop.portal.common.pdf.PdfSetup;

/**
 * The candidate evaluation report on A4, in Russian: a one-page summary with the advice, the type and the radar
 * of the twelve dimensions, then the scores, the type with a 30-60-90 day plan, the evidence behind the numbers,
 * the cases and the online assessment, and a note on what the numbers can and cannot say. Every missing part is
 * stated in a sentence; the words come from the translations and the competency model, never from the code.
 * Each part is written by its own section class, in the order below.
 */
@Component
class CandidateReportPdf {

    private final AppI18NProvider i18n;
    private final RopModel model;

    CandidateReportPdf(AppI18NProvider i18n, RopModel model) {
        this.i18n = i18n;
        this.model = model;
    }

    byte[] render(CandidateProfile profile, Instant generatedAt) {
        String date = CandidateReportStyle.DATE.format(generatedAt);
        PdfSetup setup = new PdfSetup(t("report.title", profile.fullName()), t("app.name"), AppI18NProvider.RUSSIAN,
                t("report.header", profile.fullName(), date), t("pdf.page"));
        return OfficePdf.render(setup, document -> {
            CandidateReportContext report = new CandidateReportContext(document, profile, date, i18n, model);
            new CandidateReportSummary(report).write();
            document.newPage();
            new CandidateReportCompetencies(report).write();
            new CandidateReportType(report).write();
            new CandidateReportEvidence(report).write();
            new CandidateReportCases(report).write();
            new CandidateReportMethod(report).write();
        });
    }

    private String t(String key, Object... params) {
        return i18n.russian(key, params);
    }
}
