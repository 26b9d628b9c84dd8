package ru.rop.portal.report;

import org.openpdf.text.Document;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;

/**
 * A section of the candidate report. Each section is its own class so that it reads top to bottom like the pages
 * it fills; this base gives them the shared document, profile, model and words under short names.
 */
abstract class CandidateReportSection {

    final Document document;
    final CandidateProfile profile;
    final RopModel model;
    private final AppI18NProvider i18n;

    CandidateReportSection(CandidateReportContext report) {
        this.document = report.document();
        this.profile = report.profile();
        this.model = report.model();
        this.i18n = report.i18n();
    }

    /** Adds the section to the document. */
    abstract void write();

    String t(String key, Object... params) {
        return i18n.russian(key, params);
    }

    static String score(Double value) {
        return value == null ? "—" : String.format(AppI18NProvider.RUSSIAN, "%.1f", value);
    }
}
