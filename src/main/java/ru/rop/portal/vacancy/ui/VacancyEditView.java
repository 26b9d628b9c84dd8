package ru.rop.portal.vacancy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancySummary;

/** Editing a vacancy; a colleague's save in between is reported, not overwritten. */
@Route("vacancy-edit")
@RolesAllowed(Roles.HR)
public class VacancyEditView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final VacancyService vacancies;
    private final VacancyFields fields = new VacancyFields();
    private final H2 title = new H2();
    private long vacancyId;

    public VacancyEditView(VacancyService vacancies) {
        this.vacancies = vacancies;
        addClassName("rop-page");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-vacancy");
        Button back = new Button(getTranslation("common.back"), click -> back());
        add(title, fields, new HorizontalLayout(back, save));
        fields.setMaxWidth("52rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        VacancySummary vacancy = vacancies.find(id == null ? -1 : id).orElseThrow(NotFoundException::new);
        vacancyId = vacancy.id();
        title.setText(vacancy.title());
        fields.read(vacancy.toForm());
    }

    private void save() {
        try {
            vacancies.update(vacancyId, fields.write());
            Notifications.success(this, "vacancy.saved");
            back();
        } catch (UserFacingException e) {
            if (!fields.showAtField(e)) {
                Notifications.refused(this, e);
            }
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(Routes.vacancy(vacancyId)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vacancy.edit.title");
    }
}
