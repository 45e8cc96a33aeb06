package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kulturbuero.grants.shared.i18n.Translations;

/**
 * The frame around every signed-in view: title, navigation built from the views' {@code @Menu}
 * entries (which Vaadin filters by the user's access), language switch, user and logout; at the
 * drawer's end a second, smaller navigation with the link to the accessibility statement.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();

    public MainLayout(AuthenticationContext auth, LanguageSwitch languageSwitch) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shared.menu.toggle"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");

        Header header = new Header();
        header.addClassName("navbar-content");
        HorizontalLayout right = new HorizontalLayout();
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.addClassName("navbar-right");
        right.add(languageSwitch);
        auth.getPrincipalName().ifPresent(name -> {
            Span user = new Span(auth.getAuthenticatedUser(HasDisplayName.class).map(HasDisplayName::displayName).orElse(name));
            user.addClassName("navbar-user");
            Button logout = new Button(getTranslation("shared.logout"), e -> auth.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            right.add(user, logout);
        });
        header.add(toggle, title, right);
        // a banner landmark, so that every piece of the page sits in a landmark (WCAG / axe "region")
        addToNavbar(header);

        nav.setLabel(getTranslation("shared.menu.label"));
        // a landmark of its own (labelled apart from the main menu), so the link sits in a landmark too (axe "region")
        Nav about = new Nav(new UnorderedList(new ListItem(new AccessibilityStatementLink())));
        about.setAriaLabel(getTranslation("shared.a11y.nav-label"));
        about.addClassName("drawer-footer");
        Div drawer = new Div(nav, about);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(Translations.of(this, entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }
}
