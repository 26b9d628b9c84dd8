package ru.rop.portal.common.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import ru.rop.portal.common.AppI18NProvider;
import ru.rop.portal.common.LanguagePreference;
import ru.rop.portal.common.PortalUser;

/** The shell every signed-in screen lives in: product name, the menu the user's role may see, who is signed in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final LanguagePreference language;
    private final Span viewTitle = new Span();

    public MainLayout(AuthenticationContext authentication, LanguagePreference language) {
        this.authentication = authentication;
        this.language = language;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("rop-view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu-toggle"));
        addToNavbar(true, toggle, viewTitle);
        addToDrawer(header(), new Scroller(navigation()), userFooter());
    }

    private Div header() {
        Span mark = new Span("РОП");
        mark.addClassName("rop-brand-mark");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("rop-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("rop-brand-tagline");
        Div text = new Div(name, tagline);
        Div header = new Div(mark, text);
        header.addClassName("rop-brand");
        return header;
    }

    /** Only the views this user may open appear: Vaadin filters the menu entries by their access annotations. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("rop-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Div userFooter() {
        Div footer = new Div();
        footer.addClassName("rop-user");
        authentication.getAuthenticatedUser(PortalUser.class).ifPresent(user -> {
            Avatar avatar = new Avatar(user.displayName());
            Span name = new Span(user.displayName());
            name.addClassName("rop-user-name");
            Span role = new Span(getTranslation(user.roleKey()) + " · " + user.email());
            role.addClassName("rop-user-role");
            Div who = new Div(name, role);
            who.addClassName("rop-user-text");
            Button signOut = new Button(getTranslation("layout.sign-out"), new Icon(VaadinIcon.SIGN_OUT),
                    click -> {
                        BrowserDraft.forgetAll(UI.getCurrent());
                        authentication.logout();
                    });
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            signOut.setId("sign-out");
            footer.add(new Div(avatar, who));
            if (AppI18NProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage())) {
                Span note = new Span(getTranslation("layout.content-in-russian"));
                note.addClassName("rop-user-note");
                footer.add(note);
            }
            footer.add(languageMenu(), signOut);
        });
        return footer;
    }

    /** Русский / English, each named in itself; the choice stays with the account. */
    private MenuBar languageMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("language-switch");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem current = menu.addItem(new Icon(VaadinIcon.GLOBE));
        current.add(new Span(ChosenLanguage.nameOf(getLocale())));
        current.setAriaLabel(getTranslation("layout.language"));
        SubMenu choices = current.getSubMenu();
        for (Locale locale : AppI18NProvider.LOCALES) {
            MenuItem choice = choices.addItem(ChosenLanguage.nameOf(locale),
                    click -> ChosenLanguage.switchTo(UI.getCurrent(), locale, language));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
            choice.getElement().setAttribute("lang", locale.getLanguage());
        }
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
