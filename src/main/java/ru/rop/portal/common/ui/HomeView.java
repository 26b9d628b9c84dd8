package ru.rop.portal.common.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import ru.rop.portal.common.PortalUser;

/** The start page: what this person can do next, with each step one click away. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    private static final String OWNER_ROLE = "OWNER";

    public HomeView(AuthenticationContext authentication, List<HomePanel> panels,
                    @Value("${rop.api-docs.enabled:true}") boolean apiDocsEnabled) {
        addClassName("rop-page");
        String name = authentication.getAuthenticatedUser(PortalUser.class).map(PortalUser::displayName).orElse("");
        H2 greeting = new H2(getTranslation("home.greeting", name));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("rop-lead");

        Div steps = new Div();
        steps.addClassName("rop-cards");
        steps.add(step(VaadinIcon.BRIEFCASE, "home.step.vacancies", "vacancies"));
        steps.add(step(VaadinIcon.BUILDING, "home.step.company", "settings/company"));
        steps.add(step(VaadinIcon.CLUSTER, "home.step.model", "model"));
        if (authentication.hasRole(OWNER_ROLE)) {
            steps.add(step(VaadinIcon.USERS, "home.step.users", "settings/users"));
            steps.add(step(VaadinIcon.KEY, "home.step.api-keys", "settings/api-keys"));
        }
        steps.add(step(VaadinIcon.USER_CARD, "home.step.account", "account"));
        add(greeting, intro);
        panels.forEach(panel -> panel.create().ifPresent(this::add));
        add(steps);
        if (apiDocsEnabled) {
            Anchor apiDocs = new Anchor("api/docs", getTranslation("home.api-docs"));
            apiDocs.setRouterIgnore(true);
            apiDocs.setTarget("_blank");
            Paragraph docs = new Paragraph(apiDocs);
            docs.addClassName("rop-muted");
            add(docs);
        }
    }

    private Div step(VaadinIcon icon, String key, String path) {
        Icon symbol = icon.create();
        symbol.addClassName("rop-card-icon");
        H3 title = new H3(getTranslation(key + ".title"));
        Paragraph text = new Paragraph(getTranslation(key + ".text"));
        Anchor link = new Anchor(path, getTranslation(key + ".action"));
        Div card = new Div(symbol, title, text, link);
        card.addClassName("rop-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
