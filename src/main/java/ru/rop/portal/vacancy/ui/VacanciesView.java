package ru.rop.portal.vacancy.ui;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import ru.rop.portal.common.Routes;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.Formats;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.DuplicateVacancyException;
import ru.rop.portal.vacancy.VacancyForm;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.VacancyStatus;
import ru.rop.portal.vacancy.VacancySummary;

/** All vacancies; a click opens the vacancy's pipeline. */
@Route("vacancies")
@Menu(title = "nav.vacancies", order = 20, icon = "vaadin:briefcase")
@RolesAllowed(Roles.HR)
public class VacanciesView extends VerticalLayout implements HasDynamicTitle {

    /** The pipeline lives in the candidate feature; it is reached by its route. */

    private final VacancyService vacancies;
    private final Grid<VacancySummary> grid = new Grid<>();

    public VacanciesView(VacancyService vacancies) {
        this.vacancies = vacancies;
        addClassName("rop-page");
        setSizeFull();
        Button add = new Button(getTranslation("vacancies.add"), VaadinIcon.PLUS.create(), click -> openNew());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-vacancy");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("vacancies.title")), add);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        header.setAlignItems(Alignment.CENTER);

        grid.addColumn(VacancySummary::title).setHeader(getTranslation("vacancy.field.title")).setFlexGrow(3)
                .setSortable(true);
        // Auto width measures before the badges render and clipped «Приостановлена»: the longest status fits this.
        grid.addComponentColumn(this::status).setHeader(getTranslation("vacancy.field.status")).setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(VacancySummary::companyName).setHeader(getTranslation("vacancy.field.company"))
                .setFlexGrow(2);
        grid.addColumn(this::salary).setHeader(getTranslation("vacancies.column.salary")).setAutoWidth(true);
        grid.addColumn(v -> Formats.dateTime(v.createdAt(), getLocale()))
                .setHeader(getTranslation("vacancies.column.created")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(Routes.vacancy(event.getItem().id()))));
        grid.setId("vacancies-grid");
        grid.setEmptyStateText(getTranslation("vacancies.empty"));
        add(header, grid);
        grid.setItems(vacancies.list());
    }

    private Badge status(VacancySummary vacancy) {
        Badge badge = new Badge(getTranslation(vacancy.status().labelKey()));
        badge.addThemeVariants(vacancy.status() == VacancyStatus.OPEN ? BadgeVariant.SUCCESS : BadgeVariant.CONTRAST);
        return badge;
    }

    private String salary(VacancySummary vacancy) {
        NumberFormat format = NumberFormat.getIntegerInstance(getLocale());
        if (vacancy.salaryFrom() == null && vacancy.salaryTo() == null) {
            return "—";
        }
        if (vacancy.salaryTo() == null) {
            return getTranslation("vacancies.salary.from", format.format(vacancy.salaryFrom()));
        }
        if (vacancy.salaryFrom() == null) {
            return getTranslation("vacancies.salary.to", format.format(vacancy.salaryTo()));
        }
        return format.format(vacancy.salaryFrom()) + " – " + format.format(vacancy.salaryTo());
    }

    private void openNew() {
        Dialog dialog = new Dialog(getTranslation("vacancies.add"));
        VacancyFields fields = new VacancyFields();
        CompanyProfileForm company = vacancies.companyProfile();
        fields.read(new VacancyForm(getTranslation("vacancies.default-title"), company.name(), company.industry(),
                company.salesTeamSize(), company.ropReportsTo(), VacancyStatus.OPEN, null, null, null, null, -1));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                created(dialog, vacancies.create(fields.write()));
            } catch (DuplicateVacancyException e) {
                confirmDuplicate(dialog, fields, e);
            } catch (UserFacingException e) {
                if (!fields.showAtField(e)) {
                    Notifications.refused(this, e);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-vacancy");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.add(fields);
        dialog.setWidth("min(44rem, 95vw)");
        dialog.open();
    }

    private void created(Dialog dialog, VacancySummary created) {
        dialog.close();
        Notifications.success(this, "vacancies.created", created.title());
        getUI().ifPresent(ui -> ui.navigate(Routes.vacancy(created.id())));
    }

    /** The same open search twice is usually a slip; a second one for another office is a conscious choice. */
    private void confirmDuplicate(Dialog dialog, VacancyFields fields, DuplicateVacancyException duplicate) {
        Anchor existing = new Anchor(Routes.vacancy(duplicate.existingId()), getTranslation("vacancies.duplicate.open"));
        existing.setId("existing-vacancy");
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("duplicate-vacancy");
        confirm.setHeader(getTranslation("vacancies.duplicate.title", duplicate.existingTitle()));
        confirm.setText(new Div(new Paragraph(getTranslation("vacancies.duplicate.text")), existing));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("vacancies.duplicate.confirm"));
        confirm.addConfirmListener(e -> {
            try {
                created(dialog, vacancies.create(fields.write(), true));
            } catch (UserFacingException ex) {
                Notifications.refused(this, ex);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vacancies.title");
    }
}
