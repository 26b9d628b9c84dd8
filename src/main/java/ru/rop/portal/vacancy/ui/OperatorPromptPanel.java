package ru.rop.portal.vacancy.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.ui.HomePanel;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;

/** On the start page of those who can fill in the company profile: the operator's details are still missing. */
@org.springframework.stereotype.Component
class OperatorPromptPanel implements HomePanel {

    private final VacancyService vacancies;
    private final CurrentActor actor;

    OperatorPromptPanel(VacancyService vacancies, CurrentActor actor) {
        this.vacancies = vacancies;
        this.actor = actor;
    }

    @Override
    public Optional<Component> create() {
        if (!actor.hasRole(Roles.HR) || vacancies.operator().complete()) {
            return Optional.empty();
        }
        return Optional.of(OperatorPrompt.create(true));
    }
}
