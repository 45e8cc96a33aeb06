package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import de.kulturbuero.grants.shared.i18n.LanguageChosen;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Scope;

/** German / English switch. The choice holds for the session and, when signed in, for the account. */
@SpringComponent
@Scope("prototype")
public class LanguageSwitch extends Composite<Select<Locale>> {

    public static final List<Locale> LANGUAGES = List.of(Locale.GERMAN, Locale.ENGLISH);

    public LanguageSwitch(ApplicationEventPublisher events) {
        Select<Locale> select = getContent();
        select.setItems(LANGUAGES);
        select.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        select.setAriaLabel(getTranslation("shared.language"));
        select.setTooltipText(getTranslation("shared.language"));
        select.addClassName("language-switch");
        select.setValue(LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst()
                .orElse(Locale.GERMAN));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                events.publishEvent(new LanguageChosen(e.getValue().getLanguage()));
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
