package de.kulturbuero.grants.finalreport.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** Regions of the report page, each named by its h2 (a landmark for screen readers). */
final class Sections {

    private Sections() {}

    static Section of(String id, String titleKey) {
        Section section = new Section();
        H2 heading = new H2(section.getTranslation(titleKey));
        heading.setId(id + "-heading");
        section.setId(id);
        section.addClassName("final-report-section");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading);
        return section;
    }
}
