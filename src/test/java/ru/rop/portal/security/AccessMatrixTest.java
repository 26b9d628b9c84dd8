package ru.rop.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.rop.portal.TestData;
import ru.rop.portal.ViewTest;
import ru.rop.portal.assessment.InvitationService;
import ru.rop.portal.assessment.ui.AssessmentView;
import ru.rop.portal.cases.CaseLibrary;
import ru.rop.portal.cases.CaseMode;
import ru.rop.portal.cases.CaseService;
import ru.rop.portal.interview.InterviewService;
import ru.rop.portal.scheduling.MeetingForm;
import ru.rop.portal.scheduling.MeetingService;
import ru.rop.portal.scheduling.ScheduledMeeting;
import ru.rop.portal.security.AccessMatrix.Principal;
import ru.rop.portal.security.ui.LoginView;

/**
 * Issue 9's access matrix: every view, endpoint and service method the running application has must be listed in
 * {@value AccessMatrix#FILE}, and each one is tried as every principal. Whatever the matrix does not allow must be
 * refused; whatever it allows must get past security.
 */
class AccessMatrixTest extends ViewTest {

    private static final String PACKAGE = "ru.rop.portal.";
    private static final String API_KEY = "test-bootstrap-key-0123456789abcdef";

    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    AppUserDetailsService userDetails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    CaseLibrary caseLibrary;
    @Autowired
    InvitationService invitations;
    @Autowired
    InterviewService interviews;
    @Autowired
    MeetingService meetings;

    private final AccessMatrix matrix = AccessMatrix.load();
    private String hrEmail;
    private final Map<String, String> records = new LinkedHashMap<>();
    private final Map<Principal, String> interviewOf = new EnumMap<>(Principal.class);

    /** A vacancy with a candidate, a written case and a live assessment link, made by the owner. */
    @BeforeEach
    void records() {
        hrEmail = accounts.create(Role.HR).email();
        accounts.signIn(TestAccounts.OWNER_EMAIL);
        long vacancy = data.vacancy();
        long candidate = data.candidate(vacancy, "Матрица Доступа");
        records.put("vacancy", String.valueOf(vacancy));
        records.put("candidate", String.valueOf(candidate));
        records.put("assignment", String.valueOf(cases.assign(candidate, caseLibrary.cases().getFirst().id(),
                CaseMode.WRITTEN)));
        String url = invitations.invite(candidate, 7).url();
        records.put("token", url.substring(url.lastIndexOf("/a/") + 3));
        // The fresh HR account interviews, so the meetings of the test's runs never overlap.
        ScheduledMeeting meeting = meetings.propose(candidate, new MeetingForm(OffsetDateTime.now().plusDays(2),
                60, List.of(hrEmail), null, "https://meet.example.ru/matrix"));
        records.put("meeting", String.valueOf(meeting.meeting().id()));
        records.put("meetingToken", meeting.candidateUrl().substring(meeting.candidateUrl().lastIndexOf("/m/") + 3));
        interviewOf.put(Principal.OWNER, String.valueOf(interviews.start(candidate)));
        accounts.signIn(hrEmail);
        interviewOf.put(Principal.HR, String.valueOf(interviews.start(candidate)));
        accounts.signOut();
    }

    // ---- completeness ----

    @Test
    void everyViewOfTheApplicationIsInTheMatrixAndNothingElse() {
        Map<String, String> discovered = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            Class<? extends Component> view = route.getNavigationTarget();
            if (view.getName().startsWith(PACKAGE)) {
                discovered.put(routeOf(view, route.getTemplate()), view.getSimpleName() + " " + accessOf(view));
            }
        }
        assertThat(discovered).as("views found in Vaadin's route registry").isNotEmpty();
        assertComplete("views", discovered, matrix.views().keySet(),
                (route, hint) -> "  \"" + route + "\":\n    open: \"" + route + "\"\n    allowed: [?]   # " + hint);
    }

    @Test
    void everyEndpointOfTheApplicationIsInTheMatrixAndNothingElse() {
        Map<String, String> discovered = new TreeMap<>();
        endpoints().forEach((endpoint, handler) -> discovered.put(endpoint, handler.getBeanType().getSimpleName()
                + "." + handler.getMethod().getName() + (endpoint.contains(" /api/v1/")
                ? ", under /api/v1: the API role only (SecurityConfiguration.apiFilterChain)" : "")));
        assertThat(discovered).as("endpoints found in Spring MVC's handler mapping").isNotEmpty();
        assertComplete("endpoints", discovered, matrix.endpoints().keySet(),
                (endpoint, hint) -> "  \"" + endpoint + "\": [?]   # " + hint);
    }

    @Test
    void everyServiceMethodOfTheApplicationIsInTheMatrixAndNothingElse() {
        Map<String, String> discovered = new TreeMap<>();
        serviceMethods().forEach((key, call) -> discovered.put(key, securityOf(call.method())));
        assertThat(discovered).as("service methods found among the application's beans").isNotEmpty();
        assertComplete("services", discovered, matrix.services().keySet(),
                (method, hint) -> "  \"" + method + "\": [?]   # " + hint);
    }

    private interface EntryTemplate {
        String entry(String key, String hint);
    }

    private static void assertComplete(String section, Map<String, String> discovered, Set<String> listed,
                                       EntryTemplate template) {
        List<String> problems = new ArrayList<>();
        discovered.forEach((key, hint) -> {
            if (!listed.contains(key)) {
                problems.add("missing from " + AccessMatrix.FILE + ", add under «" + section + ":» and decide who "
                        + "may use it:\n" + template.entry(key, hint));
            }
        });
        new TreeSet<>(listed).forEach(key -> {
            if (!discovered.containsKey(key)) {
                problems.add(AccessMatrix.FILE + " lists «" + section + ": " + key
                        + "», which the application no longer has: remove or rename the entry");
            }
        });
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    // ---- enforcement ----

    @Test
    void viewsOpenOnlyForThePrincipalsTheMatrixAllows() throws Exception {
        Map<String, Class<? extends Component>> views = new LinkedHashMap<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            views.put(routeOf(route.getNavigationTarget(), route.getTemplate()), route.getNavigationTarget());
        }
        List<String> wrong = new ArrayList<>();
        for (var entry : matrix.views().entrySet()) {
            Class<? extends Component> view = views.get(entry.getKey());
            for (Principal principal : Principal.values()) {
                String address = open(entry.getValue().open(), principal);
                boolean opened = opens(principal, address, view);
                boolean allowed = entry.getValue().allowed().contains(principal);
                if (opened != allowed) {
                    wrong.add("view «" + entry.getKey() + "» (" + address + ") as " + principal + ": "
                            + (allowed ? "allowed by the matrix but refused, showing "
                            : "not allowed by the matrix but opened ")
                            + ClassUtils.getUserClass(getCurrentView().getClass()).getSimpleName());
                }
                if (principal == Principal.API && !entry.getValue().allowed().contains(Principal.ANONYMOUS)) {
                    // The key must not sign anybody in on the pages' filter chain: the page asks for a password.
                    mvc.perform(request(HttpMethod.GET, "/" + address).header(HttpHeaders.AUTHORIZATION,
                            "Bearer " + API_KEY)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    private boolean opens(Principal principal, String address, Class<? extends Component> view) {
        accounts.signOut();
        switch (principal) {
            case HR -> accounts.signIn(hrEmail);
            case OWNER -> accounts.signIn(TestAccounts.OWNER_EMAIL);
            case CANDIDATE_TOKEN -> navigate("a/" + records.get("token"), Component.class);
            case ANONYMOUS, API -> {
                // Pages see an integration as nobody: the key works on /api/v1 only (checked over HTTP above).
            }
        }
        navigate(address, Component.class);
        return view.isInstance(getCurrentView());
    }

    @Test
    void aValidLinkOpensTheAssessmentForAnybodyAndAWrongOneOpensNothing() {
        navigate("a/" + records.get("token"), Component.class);
        assertThat(getCurrentView()).isInstanceOf(AssessmentView.class);
        assertThat(find(Div.class).id("assessment-welcome").isVisible()).isTrue();

        navigate("a/" + "x".repeat(43), Component.class);
        assertThat(find(Div.class).id("assessment-invalid").isVisible()).isTrue();
        assertThat(find(Div.class).withId("assessment-welcome").all()).isEmpty();

        // Holding a link signs nobody in: the next page asks for a password.
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void endpointsAnswerOnlyThePrincipalsTheMatrixAllows() throws Exception {
        Map<String, HandlerMethod> endpoints = endpoints();
        List<String> wrong = new ArrayList<>();
        for (var entry : matrix.endpoints().entrySet()) {
            if (!endpoints.containsKey(entry.getKey())) {
                continue; // reported by the completeness test
            }
            for (Principal principal : Principal.values()) {
                int status = call(entry.getKey(), principal);
                boolean refused = status == 401 || status == 403;
                boolean allowed = entry.getValue().contains(principal);
                if (allowed && (refused || status >= 500) || !allowed && !refused) {
                    wrong.add("endpoint «" + entry.getKey() + "» as " + principal + ": "
                            + (allowed ? "allowed by the matrix but answered " : "not allowed by the matrix but "
                            + "answered ") + status);
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    private int call(String endpoint, Principal principal) throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("/**", "/no-such-thing");
        if (method.equals("DELETE") && path.contains("/candidates/{id}")) {
            // A candidate of its own, so deleting leaves the others' records alone.
            accounts.signIn(TestAccounts.OWNER_EMAIL);
            path = path.replace("{id}", String.valueOf(data.candidate(Long.parseLong(records.get("vacancy")),
                    "Удаляемый Кандидат")));
            accounts.signOut();
        }
        path = path.replace("/vacancies/{id}", "/vacancies/" + records.get("vacancy"))
                .replace("/candidates/{id}", "/candidates/" + records.get("candidate"))
                .replace("/meetings/{id}", "/meetings/" + records.get("meeting"));
        // Any other record (a webhook): an id that does not exist, whose 404 still shows security let the call through.
        path = path.replace("{id}", "0");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.equals("ANY") ? "GET" : method),
                path);
        if (!method.equals("GET") && !method.equals("DELETE") && !method.equals("ANY")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        switch (principal) {
            case API -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + API_KEY);
            case CANDIDATE_TOKEN -> request.header(HttpHeaders.AUTHORIZATION, "Bearer " + records.get("token"));
            case HR, OWNER -> request.with(authentication(authenticationOf(principal)));
            case ANONYMOUS -> {
            }
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void serviceMethodsServeOnlyThePrincipalsTheMatrixAllows() {
        Map<String, ServiceCall> methods = serviceMethods();
        TransactionTemplate rolledBack = new TransactionTemplate(transactionManager);
        List<String> wrong = new ArrayList<>();
        for (var entry : matrix.services().entrySet()) {
            ServiceCall call = methods.get(entry.getKey());
            if (call == null) {
                continue; // reported by the completeness test
            }
            for (Principal principal : Principal.values()) {
                Throwable outcome = callAs(principal, call, rolledBack);
                boolean refused = outcome instanceof AccessDeniedException
                        || outcome instanceof AuthenticationCredentialsNotFoundException;
                boolean allowed = entry.getValue().contains(principal);
                if (allowed == refused) {
                    wrong.add("service «" + entry.getKey() + "» as " + principal + ": " + (allowed
                            ? "allowed by the matrix but refused: " + outcome
                            : "not allowed by the matrix but got through"
                            + (outcome == null ? "" : " (then failed with " + outcome + ")")));
                }
            }
        }
        assertThat(wrong).as(String.join("\n", wrong)).isEmpty();
    }

    /**
     * Calls the bean through its proxies with neutral arguments (0, empty, null) in a transaction that is always
     * rolled back: security decides before the arguments matter, and nothing the call does stays.
     */
    private Throwable callAs(Principal principal, ServiceCall call, TransactionTemplate rolledBack) {
        var securityContext = security.createEmptyContext();
        securityContext.setAuthentication(authenticationOf(principal));
        security.setContext(securityContext);
        SecurityContextHolder.setContext(securityContext);
        try {
            Object[] arguments = Arrays.stream(call.method().getParameterTypes())
                    .map(AccessMatrixTest::neutral).toArray();
            return rolledBack.execute(status -> {
                status.setRollbackOnly();
                try {
                    call.method().invoke(context.getBean(call.beanName()), arguments);
                    return null;
                } catch (InvocationTargetException e) {
                    return e.getCause();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            return e;
        } finally {
            accounts.signOut();
        }
    }

    private static Object neutral(Class<?> type) {
        if (type == long.class) {
            return 0L;
        } else if (type == int.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        } else if (type == double.class) {
            return 0.0;
        } else if (type == String.class) {
            return "";
        } else if (type == byte[].class) {
            return new byte[0];
        } else if (type == Instant.class) {
            return Instant.EPOCH;
        } else if (type.isAssignableFrom(List.class)) {
            return List.of();
        } else if (type.isAssignableFrom(Set.class)) {
            return Set.of();
        } else if (type == Map.class) {
            return Map.of();
        }
        return null;
    }

    private Authentication authenticationOf(Principal principal) {
        return switch (principal) {
            case ANONYMOUS, CANDIDATE_TOKEN -> new AnonymousAuthenticationToken("access-matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case API -> new ApiKeyAuthenticationFilter.ApiClientAuthentication("access-matrix");
            case HR, OWNER -> {
                var user = userDetails.loadUserByUsername(principal == Principal.HR ? hrEmail
                        : TestAccounts.OWNER_EMAIL);
                yield UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
        };
    }

    // ---- discovery ----

    private String open(String template, Principal principal) {
        String address = template;
        for (var record : records.entrySet()) {
            address = address.replace("{" + record.getKey() + "}", record.getValue());
        }
        return address.replace("{interview}", interviewOf.getOrDefault(principal, interviewOf.get(Principal.OWNER)));
    }

    private static String routeOf(Class<?> view, String template) {
        Route route = view.getAnnotation(Route.class);
        return route == null ? template : route.value();
    }

    private static String accessOf(Class<?> view) {
        return Stream.of(PermitAll.class, DenyAll.class, RolesAllowed.class,
                        com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .map(view::getAnnotation).filter(java.util.Objects::nonNull)
                .map(a -> a instanceof RolesAllowed roles ? "@RolesAllowed(" + String.join(", ", roles.value()) + ")"
                        : "@" + a.annotationType().getSimpleName())
                .findFirst().orElse("no access annotation: nobody may open it");
    }

    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getName().startsWith(PACKAGE)) {
                continue;
            }
            Collection<String> methods = mapping.getKey().getMethodsCondition().getMethods().stream()
                    .map(Enum::name).toList();
            for (String pattern : mapping.getKey().getPatternValues()) {
                for (String method : methods.isEmpty() ? List.of("ANY") : methods) {
                    found.put(method + " " + pattern, mapping.getValue());
                }
            }
        }
        return found;
    }

    private record ServiceCall(String beanName, Method method) {
    }

    /** Public methods of the application's services and of any bean guarded by {@code @PreAuthorize}. */
    private Map<String, ServiceCall> serviceMethods() {
        Map<String, ServiceCall> found = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !ClassUtils.getUserClass(type).getName().startsWith(PACKAGE)) {
                continue;
            }
            Class<?> bean = ClassUtils.getUserClass(type);
            List<Method> methods = Arrays.stream(bean.getMethods())
                    .filter(m -> m.getDeclaringClass().getName().startsWith(PACKAGE))
                    .filter(m -> !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                    .toList();
            boolean guarded = AnnotatedElementUtils.hasAnnotation(bean, PreAuthorize.class)
                    || methods.stream().anyMatch(m -> AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class));
            if (!guarded && !AnnotatedElementUtils.hasAnnotation(bean, Service.class)) {
                continue;
            }
            for (Method method : methods) {
                found.put(bean.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method
                        .getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")",
                        new ServiceCall(name, method));
            }
        }
        return found;
    }

    private static String securityOf(Method method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
        }
        return rule == null ? "no @PreAuthorize: open to every caller" : "@PreAuthorize(\"" + rule.value() + "\")";
    }
}
