package ru.rop.portal.documents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.rop.portal.common.content.TextTemplates;

/**
 * A job description's content filled into the templates of {@code templates/documents/}. Apart from the service
 * because what the templates are given (and how typed text is made safe for them) is one concern, whoever renders
 * the result: the preview, the comparison, the PDF or the DOCX.
 */
@Component
class JobDescriptionMarkup {

    /** The position as the templates name it, lower case. */
    private static final String STANDARD_TITLE = "руководитель отдела продаж";

    private final TextTemplates templates;

    JobDescriptionMarkup(TextTemplates templates) {
        this.templates = templates;
    }

    /** The document of the given kind for the content, as the company and the position are named. */
    OfficeDocument document(JobDescriptionContent content, String company, String position, DocumentKind kind) {
        return DocumentMarkup.parse(kind.template(), templates.render(kind.template(),
                model(content, company, position)));
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
}
