package de.kulturbuero.grants.dataprotection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kulturbuero.grants.dataprotection.DataProtectionService;
import de.kulturbuero.grants.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** The applicant's data: download everything stored (JSON) or have it deleted. */
@Route("my-data")
@Menu(title = "dataprotection.menu", order = 9, icon = "vaadin:shield")
@RolesAllowed(Roles.APPLICANT)
public class MyDataView extends Main implements HasDynamicTitle {

    public MyDataView(DataProtectionService service, AuthenticationContext auth) {
        addClassName("page");
        add(new H1(getTranslation("dataprotection.title")));

        add(
                new H2(getTranslation("dataprotection.export.title")),
                new Paragraph(getTranslation("dataprotection.export.text")));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] json = service.myDataAsJson();
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), "my-data.json", "application/json", json.length);
                }),
                getTranslation("dataprotection.export.download"));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("download-link");
        add(download);

        add(
                new H2(getTranslation("dataprotection.delete.title")),
                new Paragraph(getTranslation("dataprotection.delete.text")));
        Button delete = new Button(getTranslation("dataprotection.delete.button"), VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("dataprotection.delete.confirm-title"));
            confirm.setText(getTranslation("dataprotection.delete.confirm-text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("shared.cancel"));
            confirm.setConfirmText(getTranslation("dataprotection.delete.button"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                DataProtectionService.Deletion outcome = service.deleteMyData();
                ConfirmDialog done = new ConfirmDialog(
                        getTranslation("dataprotection.delete.done-title"),
                        getTranslation(
                                outcome == DataProtectionService.Deletion.NOW
                                        ? "dataprotection.delete.done-now"
                                        : "dataprotection.delete.done-later"),
                        getTranslation("dataprotection.delete.ok"),
                        ok -> auth.logout());
                done.open();
            });
            confirm.open();
        });
        add(delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dataprotection.title") + " – " + getTranslation("app.title");
    }
}
