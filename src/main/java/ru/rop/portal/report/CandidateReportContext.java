package ru.rop.portal.report;

import org.openpdf.text.Document;
import ru.rop.portal.classification.RopModel;
import ru.rop.portal.common.AppI18NProvider;

/**
 * One candidate report being written, handed to each of its sections so that they add to the same document and
 * take their words from the same translations and competency model.
 *
 * @param document the document the sections add to, in page order
 * @param profile  the candidate the report is about
 * @param date     the report's date as printed in the subtitle and the header
 * @param i18n     the translations; the report is always in Russian
 * @param model    the competency model the scores, types and plan come from
 */
record CandidateReportContext(Document document, CandidateProfile profile, String date, AppI18NProvider i18n,
                              RopModel model) {
}
