package de.kulturbuero.grants;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Förderportal Städtepartnerschaften: grant applications for international partnership
 * projects, reviewed by the Kulturbüro in a Flowable BPMN process.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class GrantPortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(GrantPortalApplication.class, args);
    }
}
