package ru.rop.portal.common.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    /** Before security, so an oversized body is refused without being read or authenticated. */
    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimitFilter(ProblemWriter problems) {
        FilterRegistrationBean<ApiBodyLimitFilter> registration = new FilterRegistrationBean<>(new ApiBodyLimitFilter(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
