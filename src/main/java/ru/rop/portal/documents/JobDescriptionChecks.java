package ru.rop.portal.documents;

import java.util.ArrayList;
import java.util.List;
import ru.rop.portal.common.FormRules;
import ru.rop.portal.common.UserFacingException;

/**
 * The field rules a job description passes before it is saved as a version. Apart from the service because they
 * are the same for every save and say nothing about versions, templates or who may save.
 */
final class JobDescriptionChecks {

    private JobDescriptionChecks() {
    }

    /** @throws UserFacingException naming the section or field that breaks a rule */
    static JobDescriptionContent checked(JobDescriptionContent content) {
        return new JobDescriptionContent(
                FormRules.required("approverPosition", content.approverPosition(), JobDescriptionService.MAX_FIELD),
                FormRules.required("approverName", content.approverName(), JobDescriptionService.MAX_FIELD),
                FormRules.required("reportsTo", content.reportsTo(), JobDescriptionService.MAX_FIELD),
                FormRules.optional("teamSize", content.teamSize(), JobDescriptionService.MAX_FIELD),
                content.keepsOwnClients(),
                clauses("duties", content.duties()), clauses("rights", content.rights()),
                clauses("responsibilities", content.responsibilities()),
                clauses("relationships", content.relationships()), kpis(content.kpis()),
                clauses("qualifications", content.qualifications()));
    }

    private static List<JobDescriptionContent.Clause> clauses(String section, List<JobDescriptionContent.Clause> list) {
        if (list.size() > JobDescriptionService.MAX_CLAUSES) {
            throw UserFacingException.forField(section, "jd.too-many", JobDescriptionService.MAX_CLAUSES);
        }
        List<JobDescriptionContent.Clause> checked = new ArrayList<>();
        for (JobDescriptionContent.Clause clause : list) {
            String text = FormRules.optional(section, clause.text(), JobDescriptionService.MAX_CLAUSE);
            if (text != null) {
                checked.add(new JobDescriptionContent.Clause(clause.libraryId(), text, clause.included()));
            }
        }
        return List.copyOf(checked);
    }

    private static List<JobDescriptionContent.Kpi> kpis(List<JobDescriptionContent.Kpi> list) {
        if (list.size() > JobDescriptionService.MAX_CLAUSES) {
            throw UserFacingException.forField("kpis", "jd.too-many", JobDescriptionService.MAX_CLAUSES);
        }
        List<JobDescriptionContent.Kpi> checked = new ArrayList<>();
        for (JobDescriptionContent.Kpi kpi : list) {
            String label = FormRules.optional("kpis", kpi.label(), JobDescriptionService.MAX_FIELD);
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
        String checked = FormRules.optional("kpis", value, JobDescriptionService.MAX_FIELD);
        return checked == null ? "" : checked;
    }
}
