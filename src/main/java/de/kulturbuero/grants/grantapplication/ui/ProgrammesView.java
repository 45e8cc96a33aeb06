package de.kulturbuero.grants.grantapplication.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kulturbuero.grants.programme.PartnerCitySummary;
import de.kulturbuero.grants.programme.ProgrammeService;
import de.kulturbuero.grants.programme.ProgrammeSummary;
import de.kulturbuero.grants.programme.ProgrammeTerms;
import de.kulturbuero.grants.shared.i18n.Countries;
import de.kulturbuero.grants.shared.i18n.Formats;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The public funding page (no sign-in needed): open programmes with description, eligibility,
 * maximum grant, financing type and window, and the partner cities with their distance. "Apply"
 * leads through sign-in or registration to a new draft in that programme.
 */
@Route("programmes")
@Menu(title = "grantapplication.programmes.menu", order = 0, icon = "vaadin:globe")
@AnonymousAllowed
public class ProgrammesView extends Main implements HasDynamicTitle {

    public ProgrammesView(ProgrammeService programmes, AuthenticationContext auth) {
        addClassName("page");
        add(
                new H1(getTranslation("grantapplication.programmes.title")),
                new Paragraph(getTranslation("grantapplication.programmes.intro")));
        boolean signedIn = auth.isAuthenticated();
        if (!signedIn) {
            Paragraph how = new Paragraph(getTranslation("grantapplication.programmes.how-to-apply"));
            how.add(" ");
            how.add(new Anchor("login", getTranslation("security.login.submit")));
            how.add(" · ");
            how.add(new Anchor("register", getTranslation("security.register.link")));
            add(how);
        }
        var open = programmes.openProgrammes();
        Map<Long, ProgrammeTerms> termsById =
                programmes.openProgrammeTerms().stream().collect(Collectors.toMap(ProgrammeTerms::programmeId, t -> t));
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("grantapplication.new.none-open")));
        }
        for (ProgrammeSummary p : open) {
            ProgrammeTerms terms = termsById.get(p.id());
            if (terms == null) {
                continue; // closed between the two reads
            }
            Div card = new Div();
            card.addClassName("programme-card");
            card.add(new H2(p.name(getLocale())), new Paragraph(p.description(getLocale())));
            DescriptionList facts = new DescriptionList();
            facts.addClassName("application-details");
            fact(facts, "grantapplication.programmes.eligibility", terms.eligibility(getLocale()));
            fact(facts, "grantapplication.programmes.financing", financing(terms));
            fact(facts, "grantapplication.programmes.max-grant", Formats.money(p.maxGrant(), getLocale()));
            fact(facts, "grantapplication.programmes.window", window(p));
            fact(
                    facts,
                    "grantapplication.programmes.lead-time",
                    getTranslation("grantapplication.programmes.lead-weeks", p.minLeadWeeks()));
            card.add(facts);
            // a full page load, so that the sign-in brings the applicant back to exactly this link
            Anchor apply = new Anchor(
                    "applications/new?programme=" + p.id(),
                    getTranslation("grantapplication.programmes.apply", p.name(getLocale())));
            apply.addClassName("apply-link");
            card.add(new Paragraph(apply));
            add(card);
        }

        add(new H2(getTranslation("grantapplication.programmes.cities")));
        NativeTable cities = new NativeTable();
        cities.addClassName("financing-table");
        cities.setCaptionText(getTranslation("grantapplication.programmes.cities-caption"));
        NativeTableRow head = cities.getHead().addRow();
        for (String key : new String[] {
            "grantapplication.programmes.city",
            "grantapplication.programmes.country",
            "grantapplication.programmes.since",
            "grantapplication.programmes.distance",
            "grantapplication.programmes.ground"
        }) {
            var cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        for (PartnerCitySummary c : programmes.activePartnerCities()) {
            NativeTableRow row = cities.getBody().addRow();
            row.addDataCell().setText(c.name());
            row.addDataCell().setText(Countries.display(c.country(), getLocale()));
            row.addDataCell().setText(String.valueOf(c.partnerSince()));
            var km = row.addDataCell();
            km.setText(Formats.kilometres(c.distanceKm(), getLocale()));
            km.addClassName("amount");
            row.addDataCell()
                    .setText(getTranslation(
                            c.reachableByGround() ? "grantapplication.review.yes" : "grantapplication.review.no"));
        }
        add(cities);
    }

    private String financing(ProgrammeTerms t) {
        return switch (t.financingType()) {
            case DEFICIT -> getTranslation("grantapplication.programmes.type-deficit");
            case SHARE ->
                getTranslation(
                        "grantapplication.programmes.type-share",
                        (t.maxShare() == null ? BigDecimal.ONE : t.maxShare())
                                .multiply(BigDecimal.valueOf(100))
                                .stripTrailingZeros()
                                .toPlainString());
            case FIXED ->
                getTranslation("grantapplication.programmes.type-fixed", Formats.money(t.fixedAmount(), getLocale()));
        };
    }

    private String window(ProgrammeSummary p) {
        if (p.windowStart() == null && p.windowEnd() == null) {
            return getTranslation("grantapplication.programmes.window-open");
        }
        return (p.windowStart() == null ? "" : Formats.date(p.windowStart(), getLocale())) + " – "
                + (p.windowEnd() == null
                        ? getTranslation("grantapplication.programmes.no-deadline")
                        : Formats.date(p.windowEnd(), getLocale()));
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(
                new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(new Span(value == null ? "" : value)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grantapplication.programmes.title") + " – " + getTranslation("app.title");
    }
}
