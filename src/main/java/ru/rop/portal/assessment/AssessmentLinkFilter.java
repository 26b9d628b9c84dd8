package ru.rop.portal.assessment;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rop.portal.common.AppI18NProvider;

/**
 * Guards the candidate links {@code /a/{token}} and {@code /a/{token}/withdraw} (see {@link GuardedLinks}). Links
 * opened through Vaadin's own navigation are counted by {@link CandidateAssessmentService#open} the same way.
 */
@Configuration
class AssessmentLinkFilter {

    static final String WITHDRAW = "withdraw";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> assessmentLinkGuard(CandidateAssessmentService assessments,
                                                                      WithdrawalService withdrawals,
                                                                      LinkGuard guard, AppI18NProvider i18n) {
        // "/a/{token}" opens the assessment; "/a/{token}/withdraw" withdraws the consent, which also works after the
        // assessment's link expired.
        return GuardedLinks.filter("assessmentLinkGuard", "/a/*", guard, i18n, path -> {
            String token = GuardedLinks.token(path);
            boolean withdrawal = path.length == 4 && WITHDRAW.equals(path[3]);
            return withdrawal ? withdrawals.withdrawable(token) : assessments.valid(token);
        });
    }
}
