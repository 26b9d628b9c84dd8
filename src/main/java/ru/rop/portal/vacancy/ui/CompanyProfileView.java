package ru.rop.portal.vacancy.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import ru.rop.portal.common.UserFacingException;
import ru.rop.portal.common.ui.FieldErrors;
import ru.rop.portal.common.ui.Notifications;
import ru.rop.portal.security.Roles;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.PersonalDataOperator;
import ru.rop.portal.vacancy.SalesModel;
import ru.rop.portal.vacancy.VacancyService;

/** The company this installation hires for: the documents and reports take their facts from here. */
@Route("settings/company")
@Menu(title = "nav.company", order = 70, icon = "vaadin:building")
@RolesAllowed(Roles.HR)
public class CompanyProfileView extends VerticalLayout implements HasDynamicTitle {

    private final VacancyService vacancies;
    private final TextField name = new TextField();
    private final TextField industry = new TextField();
    private final TextArea products = new TextArea();
    private final Select<SalesModel> salesModel = new Select<>();
    private final IntegerField salesTeamSize = new IntegerField();
    private final TextField ropReportsTo = new TextField();
    private final TextArea keyKpis = new TextArea();
    private final TextArea operatorAddress = new TextArea();
    private final TextField privacyEmail = new TextField();
    private final Div operatorPrompt = OperatorPrompt.create(false);
    /** Of the one profile row, which both the profile and the operator's details are saved to. */
    private long version;

    public CompanyProfileView(VacancyService vacancies) {
        this.vacancies = vacancies;
        addClassName("rop-page");
        name.setLabel(getTranslation("company.field.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setId("company-name");
        industry.setLabel(getTranslation("company.field.industry"));
        industry.setMaxLength(200);
        products.setLabel(getTranslation("company.field.products"));
        products.setMaxLength(1000);
        salesModel.setLabel(getTranslation("company.field.sales-model"));
        salesModel.setItems(SalesModel.values());
        salesModel.setItemLabelGenerator(m -> m == null ? "" : getTranslation(m.labelKey()));
        salesModel.setEmptySelectionAllowed(true);
        salesTeamSize.setLabel(getTranslation("company.field.team-size"));
        salesTeamSize.setMin(1);
        ropReportsTo.setLabel(getTranslation("company.field.reports-to"));
        ropReportsTo.setMaxLength(200);
        keyKpis.setLabel(getTranslation("company.field.kpis"));
        keyKpis.setMaxLength(1000);
        keyKpis.setHelperText(getTranslation("company.field.kpis.helper"));
        FormLayout form = new FormLayout(name, industry, products, salesModel, salesTeamSize, ropReportsTo, keyKpis);
        form.setColspan(products, 2);
        form.setColspan(keyKpis, 2);
        form.setMaxWidth("52rem");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-company");
        Paragraph hint = new Paragraph(getTranslation("company.hint"));
        hint.addClassName("rop-muted");
        add(new H2(getTranslation("company.title")), operatorPrompt, hint, form, save, operatorForm());
        read(vacancies.companyProfile());
        readOperator(vacancies.operator());
    }

    /** Who the privacy policy names as the operator of candidates' personal data. */
    private Div operatorForm() {
        operatorAddress.setLabel(getTranslation("company.field.operator-address"));
        operatorAddress.setMaxLength(500);
        operatorAddress.setId("operator-address");
        privacyEmail.setLabel(getTranslation("company.field.privacy-email"));
        privacyEmail.setMaxLength(254);
        privacyEmail.setId("privacy-email");
        FormLayout form = new FormLayout(operatorAddress, privacyEmail);
        form.setMaxWidth("52rem");
        Button save = new Button(getTranslation("common.save"), click -> saveOperator());
        save.setId("save-operator");
        Paragraph hint = new Paragraph(getTranslation("company.operator.hint"));
        hint.addClassName("rop-muted");
        Div block = new Div(new H3(getTranslation("company.operator.title")), hint, form, save);
        block.setId("operator");
        return block;
    }

    private void readOperator(PersonalDataOperator operator) {
        operatorPrompt.setVisible(!operator.complete());
        operatorAddress.setValue(operator.address() == null ? "" : operator.address());
        privacyEmail.setValue(operator.email() == null ? "" : operator.email());
    }

    private void saveOperator() {
        Map<String, HasValidation> fields = Map.of("operatorAddress", operatorAddress, "privacyEmail", privacyEmail);
        FieldErrors.clear(fields);
        try {
            PersonalDataOperator saved = vacancies.saveOperator(new PersonalDataOperator(name.getValue(),
                    operatorAddress.getValue(), privacyEmail.getValue(), version));
            readOperator(saved);
            version = saved.version();
            Notifications.success(this, "company.operator.saved");
        } catch (UserFacingException e) {
            if (!FieldErrors.show(this, fields, e)) {
                Notifications.refused(this, e);
            }
        }
    }

    private void read(CompanyProfileForm form) {
        name.setValue(form.name() == null ? "" : form.name());
        industry.setValue(form.industry() == null ? "" : form.industry());
        products.setValue(form.products() == null ? "" : form.products());
        salesModel.setValue(form.salesModel());
        salesTeamSize.setValue(form.salesTeamSize());
        ropReportsTo.setValue(form.ropReportsTo() == null ? "" : form.ropReportsTo());
        keyKpis.setValue(form.keyKpis() == null ? "" : form.keyKpis());
        version = form.version();
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("name", name, "industry", industry, "products", products,
                "salesTeamSize", salesTeamSize, "ropReportsTo", ropReportsTo, "keyKpis", keyKpis);
        FieldErrors.clear(fields);
        try {
            read(vacancies.saveCompanyProfile(new CompanyProfileForm(name.getValue(), industry.getValue(),
                    products.getValue(), salesModel.getValue(), salesTeamSize.getValue(), ropReportsTo.getValue(),
                    keyKpis.getValue(), version)));
            operatorPrompt.setVisible(!vacancies.operator().complete());
            Notifications.success(this, "company.saved");
        } catch (UserFacingException e) {
            if (!FieldErrors.show(this, fields, e)) {
                Notifications.refused(this, e);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.title");
    }
}
