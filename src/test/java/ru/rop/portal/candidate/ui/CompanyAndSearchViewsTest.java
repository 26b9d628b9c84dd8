package ru.rop.portal.candidate.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rop.portal.candidate.CandidateForms.aCandidate;
import static ru.rop.portal.vacancy.VacancyForms.aVacancy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rop.portal.ViewTest;
import ru.rop.portal.candidate.CandidateService;
import ru.rop.portal.candidate.CandidateSummary;
import ru.rop.portal.common.ui.HomeView;
import ru.rop.portal.privacy.ui.PrivacyView;
import ru.rop.portal.security.Role;
import ru.rop.portal.vacancy.CompanyProfileForm;
import ru.rop.portal.vacancy.PersonalDataOperator;
import ru.rop.portal.vacancy.VacancyService;
import ru.rop.portal.vacancy.ui.CompanyProfileView;
import ru.rop.portal.vacancy.ui.VacancyEditView;

class CompanyAndSearchViewsTest extends ViewTest {

    @Autowired
    VacancyService vacancies;
    @Autowired
    CandidateService candidates;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void hrSavesTheCompanyProfileAndAnEmptyNameIsRefusedAtTheField() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate(CompanyProfileView.class);
        TextField name = find(TextField.class).id("company-name");
        test(name).setValue("ООО «Профиль " + run + "»");
        test(find(Button.class).id("save-company")).click();
        assertThat(vacancies.companyProfile().name()).isEqualTo("ООО «Профиль " + run + "»");

        test(name).setValue(" ");
        test(find(Button.class).id("save-company")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(vacancies.companyProfile().name()).isEqualTo("ООО «Профиль " + run + "»");
    }

    @Test
    void aVacancyIsEditedAndTheOwnerReturnsToItsPipeline() {
        accounts.signIn(accounts.create(Role.HR).email());
        long id = vacancies.create(aVacancy().build()).id();
        navigate(VacancyEditView.class, id);
        test(find(TextField.class).id("vacancy-title")).setValue("РОП, Новосибирск " + run);
        test(find(Button.class).id("save-vacancy")).click();
        assertThat(vacancies.find(id).orElseThrow().title()).isEqualTo("РОП, Новосибирск " + run);
        assertThat(getCurrentView()).isInstanceOf(PipelineView.class);
    }

    @Test
    void searchFindsAPersonAcrossVacanciesAndOpensTheCard() {
        accounts.signIn(accounts.create(Role.HR).email());
        long vacancy = vacancies.create(aVacancy().build()).id();
        CandidateSummary candidate = candidates.create(aCandidate(vacancy).withFullName("Орлова Вера " + run).build());
        navigate(CandidateSearchView.class);
        test(find(TextField.class).id("search")).setValue("Орлова Вера " + run);
        @SuppressWarnings("unchecked")
        Grid<CandidateSummary> results = find(Grid.class).id("search-results");
        assertThat(test(results).size()).isEqualTo(1);
        test(results).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);
        assertThat(((CandidateView) getCurrentView()).getPageTitle()).isEqualTo(candidate.fullName());
    }

    @Test
    void searchSaysNothingFoundOnlyAfterAQuery() {
        accounts.signIn(accounts.create(Role.HR).email());
        navigate(CandidateSearchView.class);
        Grid<?> results = find(Grid.class).id("search-results");
        assertThat(results.getEmptyStateText()).isEqualTo("Введите имя, e-mail, телефон или тег — не меньше двух символов.");
        test(find(TextField.class).id("search")).setValue("ж");
        assertThat(results.getEmptyStateText()).startsWith("Введите имя");
        test(find(TextField.class).id("search")).setValue("Никто-такой " + run);
        assertThat(results.getEmptyStateText()).isEqualTo("Никого не нашлось.");
    }

    @Test
    void theStartPageAndTheProfileAskForTheOperatorUntilItsNameAndAddressAreIn() {
        accounts.signIn(accounts.create(Role.OWNER).email());
        CompanyProfileForm profile = vacancies.companyProfile();
        if (profile.version() < 0) {
            profile = vacancies.saveCompanyProfile(new CompanyProfileForm("ООО «Оператор " + run + "»", null, null,
                    null, null, null, null, -1));
        }
        PersonalDataOperator before = vacancies.operator();
        vacancies.saveOperator(new PersonalDataOperator(profile.name(), "", before.email(), before.version()));
        try {
            navigate(HomeView.class);
            assertThat(find(Div.class).id("operator-prompt").getElement().getTextRecursively())
                    .contains("Укажите оператора персональных данных", "Заполнить в профиле компании");
            navigate(PrivacyView.class);
            assertThat(find(Div.class).id("privacy-policy").getElement().getTextRecursively())
                    .as("the policy says nothing rather than an empty address").doesNotContain("адрес: .", "адрес: ,",
                            "адресу: .", "null", "${");
            navigate(CompanyProfileView.class);
            assertThat(find(Div.class).id("operator-prompt").isVisible()).isTrue();
            test(find(TextArea.class).id("operator-address")).setValue("620014, г. Екатеринбург, ул. Малышева, д. 51");
            test(find(Button.class).id("save-operator")).click();
            assertThat(find(Div.class).withId("operator-prompt").all()).as("hidden once filled in").isEmpty();
            navigate(HomeView.class);
            assertThat(find(Div.class).withId("operator-prompt").all()).isEmpty();
        } finally {
            PersonalDataOperator now = vacancies.operator();
            vacancies.saveOperator(new PersonalDataOperator(now.name(), before.address(), before.email(),
                    now.version()));
        }
    }
}
