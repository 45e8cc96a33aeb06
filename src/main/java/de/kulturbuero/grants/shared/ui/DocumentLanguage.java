package de.kulturbuero.grants.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.annotation.SpringComponent;

/**
 * Keeps {@code <html lang>} in step with the language the UI speaks (WCAG 3.1.1). The page is
 * served with the language the browser asks for; a visitor who switched to the other language, or
 * an account whose preferred language differs from the browser's, would otherwise get English
 * texts announced as German or the other way round. Set after every navigation: the language
 * switch reloads the page, so that covers a change too.
 */
@SpringComponent
class DocumentLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> ui.getPage()
                    .executeJs(
                            "document.documentElement.lang = $0", ui.getLocale().getLanguage()));
        });
    }
}
