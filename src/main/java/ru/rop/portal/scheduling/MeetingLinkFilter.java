package ru.rop.portal.scheduling;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.rop.portal.assessment.GuardedLinks;
import ru.rop.portal.assessment.LinkGuard;
import ru.rop.portal.common.AppI18NProvider;

/** Guards the candidate's meeting link {@code /m/{token}} as the assessment's link is guarded. */
@Configuration
class MeetingLinkFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> meetingLinkGuard(CandidateMeetingService meetings, LinkGuard guard,
                                                                   AppI18NProvider i18n) {
        return GuardedLinks.filter("meetingLinkGuard", MeetingNotices.LINK_PATH + "*", guard, i18n,
                path -> meetings.valid(GuardedLinks.token(path)));
    }
}
