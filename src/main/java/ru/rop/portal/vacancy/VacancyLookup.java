package ru.rop.portal.vacancy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vacancy read without a signed-in user, for flows that proved their right otherwise — a candidate's own
 * assessment link shows the company and the position, the nightly retention run checks which hirings ended.
 * Everything else goes through {@link VacancyService}.
 */
@Component
public class VacancyLookup {

    private final VacancyRepository vacancies;
    private final CompanyProfileRepository profiles;

    VacancyLookup(VacancyRepository vacancies, CompanyProfileRepository profiles) {
        this.vacancies = vacancies;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public Optional<VacancySummary> find(long id) {
        return vacancies.findById(id).map(Vacancy::toSummary);
    }

    /** The position and company for a candidate's assessment pages, read as values (every step asks). */
    @Transactional(readOnly = true)
    public Optional<VacancyHeading> heading(long id) {
        return vacancies.findHeading(id);
    }

    @Transactional(readOnly = true)
    public List<VacancySummary> all() {
        return vacancies.findAllByOrderByCreatedAtDesc().stream().map(Vacancy::toSummary).toList();
    }

    /** The operator's public details for the privacy policy, which anyone may read. */
    @Transactional(readOnly = true)
    public PersonalDataOperator operator() {
        return profiles.findById(CompanyProfile.THE_COMPANY).map(CompanyProfile::toOperator)
                .orElseGet(PersonalDataOperator::empty);
    }
}
