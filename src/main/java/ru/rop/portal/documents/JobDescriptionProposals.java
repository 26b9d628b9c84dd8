package ru.rop.portal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.vacancy.CompanyProfileForm;

/**
 * The library of job description texts ({@link DocumentLibrary#FILE}) and the first draft it proposes for a company.
 * The library is read and checked once at start, so a broken text stops the start instead of a save.
 */
@Component
class JobDescriptionProposals {

    private final DocumentLibrary library;
    private final TextTemplates templates;
    private final AppI18NProvider i18n;

    JobDescriptionProposals(ContentLoader loader, TextTemplates templates, AppI18NProvider i18n) {
        this.library = loader.load(DocumentLibrary.FILE, DocumentLibrary.class,
                (content, checks) -> content.check(checks));
        this.templates = templates;
        this.i18n = i18n;
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
}
