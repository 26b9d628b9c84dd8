package ru.rop.portal.analytics.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import ru.rop.portal.analytics.CockpitService;
import ru.rop.portal.common.CurrentActor;
import ru.rop.portal.common.ui.HomePanel;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;
import ru.rop.portal.vacancy.VacancySummary;

/** On the start page of owners and HR: the hiring numbers of the open vacancies. */
@org.springframework.stereotype.Component
class CockpitPanel implements HomePanel {

    private final CockpitService cockpit;
    private final VacancyService vacancies;
    private final CurrentActor actor;

    CockpitPanel(CockpitService cockpit, VacancyService vacancies, CurrentActor actor) {
        this.cockpit = cockpit;
        this.vacancies = vacancies;
        this.actor = actor;
    }

    @Override
    public Optional<Component> create() {
        if (!actor.hasRole(Roles.HR)) {
            return Optional.empty();
        }
        List<VacancySummary> open = vacancies.list().stream().filter(v -> v.status() == VacancyStatus.OPEN).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(new CockpitSection(cockpit, open));
    }
}
