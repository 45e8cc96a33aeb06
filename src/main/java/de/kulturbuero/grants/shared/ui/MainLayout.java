package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kulturbuero.grants.shared.i18n.Translations;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every signed-in view: title, navigation built from the views' {@code @Menu}
 * entries (which Vaadin filters by the user's access), language switch, user and logout; at the
 * drawer's end a second, smaller navigation with the link to the accessibility statement.
 * <p>
 * Keyboard and screen reader: the first focusable element is a skip link to the main content;
 * every view sits in exactly one {@code <main id="main-content">} (a view that is not a
 * {@code <main>} itself is wrapped in one); when a page opens, the focus moves to its
 * {@code <h1>} (not when only the address' query changes, e.g. the inbox's tabs).
 * <p>
 * Phone and zoom: while the drawer is an overlay (narrow or low windows), the header shows only the
 * menu button and the title; user, language and "Log out" are then in the drawer (CSS on
 * {@code vaadin-app-layout[overlay]} shows one of the two copies).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the main landmark, the skip link's target. */
    public static final String MAIN_ID = "main-content";

    private final SideNav nav = new SideNav();
    private String lastPath;

    public MainLayout(AuthenticationContext auth, ObjectProvider<LanguageSwitch> languageSwitches) {
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shared.menu.toggle"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");

        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("shared.skip-to-content"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        // moves the focus itself (a fragment link would change the address, which the router would handle as a
        // navigation)
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  const main = document.getElementById($0);
                  if (main) { main.focus(); main.scrollIntoView({block: 'start'}); }
                });""", MAIN_ID);

        Header header = new Header();
        header.addClassName("navbar-content");
        HorizontalLayout right = new HorizontalLayout();
        right.setAlignItems(HorizontalLayout.Alignment.CENTER);
        right.addClassName("navbar-right");
        right.add(languageSwitches.getObject());
        Div account = new Div();
        account.addClassName("drawer-account");
        account.add(languageSwitches.getObject());
        auth.getPrincipalName().ifPresent(name -> {
            String displayName = auth.getAuthenticatedUser(HasDisplayName.class)
                    .map(HasDisplayName::displayName)
                    .orElse(name);
            right.add(userName(displayName), logoutButton(auth));
            account.add(userName(displayName), logoutButton(auth));
        });
        header.add(skip, toggle, title, right);
        // a banner landmark, so that every piece of the page sits in a landmark (WCAG / axe "region")
        addToNavbar(header);

        nav.setLabel(getTranslation("shared.menu.label"));
        // a landmark of its own (labelled apart from the main menu), so the link sits in a landmark too (axe "region")
        Nav about = new Nav(new UnorderedList(new ListItem(new AccessibilityStatementLink())));
        about.setAriaLabel(getTranslation("shared.a11y.nav-label"));
        about.addClassName("drawer-footer");
        // a labelled region (a landmark), shown only while the header has no room for these
        com.vaadin.flow.component.html.Section accountSection = new com.vaadin.flow.component.html.Section(account);
        accountSection.setAriaLabel(getTranslation("shared.account-region"));
        accountSection.addClassName("drawer-account-section");
        Div drawer = new Div(nav, accountSection, about);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    private static Span userName(String displayName) {
        Span user = new Span(displayName);
        user.addClassName("navbar-user");
        return user;
    }

    private Button logoutButton(AuthenticationContext auth) {
        Button logout = new Button(getTranslation("shared.logout"), e -> auth.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout-button");
        return logout;
    }

    /** Shows the view inside the one main landmark, the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        Element element = content.getElement();
        if ("main".equals(element.getTag())) {
            markAsMain(element);
            super.showRouterLayoutContent(content);
        } else {
            Main main = new Main();
            main.getElement().appendChild(element);
            markAsMain(main.getElement());
            setContent(main);
        }
    }

    private static void markAsMain(Element main) {
        main.setAttribute("id", MAIN_ID);
        // focusable by script (skip link), not a tab stop
        main.setAttribute("tabindex", "-1");
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
        String path = event.getLocation().getPath();
        if (!path.equals(lastPath)) {
            lastPath = path;
            focusHeading();
        }
    }

    /**
     * Puts the focus on the page's h1 (focusable by script only), or on the main landmark when a
     * page has none, so that keyboard and screen reader users start at the new page's top.
     */
    private void focusHeading() {
        // In overlay mode the closing drawer hands the focus back to the menu button once its
        // transition has ended, and on a fresh page load the focus falls back to the body: until
        // then (at most 1.2 s, and only until the user presses a key or a pointer) the heading
        // takes the focus back from the menu button or the body.
        getElement().executeJs("""
                const main = document.getElementById($0);
                const target = (main && main.querySelector('h1')) || main;
                if (!target) return;
                if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                target.focus({preventScroll: true});
                const stop = () => {
                  clearInterval(watch);
                  ['keydown', 'pointerdown'].forEach(t => document.removeEventListener(t, stop, true));
                };
                const watch = setInterval(() => {
                  const active = document.activeElement;
                  if (!active || active === document.body || active.localName === 'vaadin-drawer-toggle') target.focus({preventScroll: true});
                }, 50);
                ['keydown', 'pointerdown'].forEach(t => document.addEventListener(t, stop, true));
                setTimeout(stop, 1200);""", MAIN_ID);
    }
}
