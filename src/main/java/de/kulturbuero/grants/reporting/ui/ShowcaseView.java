package de.kulturbuero.grants.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kulturbuero.grants.reporting.Showcase;
import de.kulturbuero.grants.shared.i18n.Countries;
import de.kulturbuero.grants.shared.i18n.Formats;

/** Public page (no login): funded projects by partner city, with each city's distance from the home city. */
@Route("showcase")
@Menu(title = "reporting.showcase.menu", order = 50, icon = "vaadin:globe-wire")
@AnonymousAllowed
public class ShowcaseView extends Main implements HasDynamicTitle {

    public ShowcaseView(Showcase showcase) {
        addClassNames("page", "showcase");
        add(
                new H1(getTranslation("reporting.showcase.title")),
                new Paragraph(getTranslation("reporting.showcase.intro")));
        var cities = showcase.byCity(getLocale());
        if (cities.isEmpty()) {
            add(new Paragraph(getTranslation("reporting.showcase.empty")));
            return;
        }
        for (Showcase.CityProjects city : cities) {
            Div section = new Div();
            section.addClassName("showcase-city");
            section.add(new H2(getTranslation(
                    "reporting.showcase.city",
                    city.city(),
                    Countries.display(city.country(), getLocale()),
                    Formats.kilometres(city.distanceKm(), getLocale()))));
            UnorderedList list = new UnorderedList();
            for (Showcase.ShowcaseProject p : city.projects()) {
                ListItem item = new ListItem();
                Span title = new Span(p.title());
                title.addClassName("showcase-title");
                item.add(
                        title,
                        new Paragraph(getTranslation(
                                "reporting.showcase.project",
                                p.partnerOrganisation(),
                                p.year(),
                                p.category(),
                                Formats.money(p.grantedAmount(), getLocale()))));
                list.add(item);
            }
            section.add(list);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.showcase.title") + " – " + getTranslation("app.title");
    }
}
