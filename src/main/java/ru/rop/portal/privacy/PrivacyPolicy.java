package ru.rop.portal.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import ru.rop.portal.common.PrivacyProperties;
import ru.rop.portal.common.content.ContentLoader;
import ru.rop.portal.common.content.ContentProblem;
import ru.rop.portal.common.content.InvalidContentException;
import ru.rop.portal.common.content.TextTemplates;
import ru.rop.portal.vacancy.PersonalDataOperator;
import ru.rop.portal.vacancy.VacancyLookup;

/**
 * The privacy policy for candidates from templates/privacy/policy.yaml, with the operator's name, address and
 * e-mail from the company profile. Public: anyone may read it, signed in or not.
 */
@Service
public class PrivacyPolicy {

    private final PolicyContent content;
    private final TextTemplates templates;
    private final VacancyLookup vacancies;
    private final int retentionDays;

    public PrivacyPolicy(ContentLoader loader, TextTemplates templates, VacancyLookup vacancies,
                         PrivacyProperties privacy) {
        this.content = loader.load(PolicyContent.FILE, PolicyContent.class, (policy, checks) -> policy.check(checks));
        this.templates = templates;
        this.vacancies = vacancies;
        this.retentionDays = privacy.retentionDays();
        // Written out once with and once without the operator's details, so a misspelt placeholder or a condition
        // that breaks on an empty address stops the start instead of the page.
        render(new PersonalDataOperator("ООО «Проверка»", "г. Москва", "privacy@example.ru", 0));
        render(PersonalDataOperator.empty());
    }

    public PrivacyPolicyText current() {
        return render(vacancies.operator());
    }

    private PrivacyPolicyText render(PersonalDataOperator operator) {
        Map<String, Object> model = new HashMap<>();
        model.put("company", operator.name() == null ? "" : operator.name());
        model.put("address", operator.address() == null ? "" : operator.address());
        model.put("email", operator.email() == null ? "" : operator.email());
        model.put("retentionDays", retentionDays);
        List<PrivacyPolicyText.Section> sections = new ArrayList<>();
        for (int i = 0; i < content.sections().size(); i++) {
            PolicyContent.Section section = content.sections().get(i);
            String text;
            try {
                text = templates.renderText(PolicyContent.FILE, section.text(), model).strip();
            } catch (InvalidContentException e) {
                // The line FreeMarker names counts within the section's text: say which section it is.
                String entry = "sections[" + i + "].text ";
                throw new InvalidContentException(PolicyContent.FILE, e.problems().stream()
                        .map(p -> new ContentProblem(entry + p.entry(), p.message())).toList());
            }
            sections.add(new PrivacyPolicyText.Section(section.heading(), text));
        }
        return new PrivacyPolicyText(content.version(), content.title(), sections);
    }
}
