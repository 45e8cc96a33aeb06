package de.kulturbuero.grants.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kulturbuero.grants.security.AccountRow;
import de.kulturbuero.grants.security.Roles;
import de.kulturbuero.grants.security.UserAdministration;
import de.kulturbuero.grants.security.UserAdministrationRefused;
import de.kulturbuero.grants.shared.i18n.Formats;
import de.kulturbuero.grants.shared.ui.ErrorSummary;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;

/** The office's user administration: search accounts, invite officers, roles, lock, password reset. */
@Route("admin/users")
@Menu(title = "security.admin.menu", order = 22, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

    private final transient UserAdministration administration;
    private final Grid<AccountRow> grid = new Grid<>();
    private final TextField search = new TextField();

    public UsersView(UserAdministration administration) {
        this.administration = administration;
        addClassName("page");
        Button invite =
                new Button(getTranslation("security.admin.invite"), VaadinIcon.ENVELOPE.create(), e -> openInvite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("security.admin.title")), invite);
        header.addClassName("page-header");
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("security.admin.intro")));

        search.setLabel(getTranslation("security.admin.search"));
        search.setPlaceholder(getTranslation("security.admin.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("24rem");
        add(search);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("security.admin.title"));
        grid.addColumn(AccountRow::email)
                .setHeader(getTranslation("security.admin.field.email"))
                .setFlexGrow(2);
        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("security.admin.field.name"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.organisation() == null ? "" : a.organisation())
                .setHeader(getTranslation("security.admin.field.organisation"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream()
                        .map(r -> getTranslation("security.role." + r))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("security.admin.field.roles"))
                .setFlexGrow(2);
        grid.addColumn(a -> getTranslation(
                        a.external() ? "security.admin.sign-in.external" : "security.admin.sign-in.local"))
                .setHeader(getTranslation("security.admin.field.sign-in"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    boolean active = a.enabled() && !a.temporarilyLocked();
                    Span status = new Span(
                            !a.enabled()
                                    ? getTranslation("security.admin.status.locked")
                                    : a.temporarilyLocked()
                                            ? getTranslation(
                                                    "security.admin.status.sign-in-locked",
                                                    Formats.dateTime(a.lockedUntil(), getLocale()))
                                            : getTranslation("security.admin.status.active"));
                    status.addClassNames("status-badge", active ? "account-active" : "account-locked");
                    return status;
                })
                .setHeader(getTranslation("security.admin.field.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    Button edit = new Button(
                            getTranslation("security.admin.edit"), e -> openEdit(administration.get(a.id())));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("security.admin.edit") + ": " + a.email());
                    return edit;
                })
                .setHeader(getTranslation("security.admin.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(
                q -> administration.search(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> administration.count(search.getValue()));
        grid.setHeight("36rem");
        add(grid);
    }

    private CheckboxGroup<String> roleChooser() {
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("security.admin.field.roles"));
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(r -> getTranslation("security.role." + r));
        return roles;
    }

    private void openInvite() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("security.admin.invite"));
        ErrorSummary error = new ErrorSummary();
        EmailField email = new EmailField(getTranslation("security.admin.field.email"));
        email.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("security.admin.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("security.admin.field.language"));
        language.setItems("de", "en");
        language.setItemLabelGenerator(l -> getTranslation("security.admin.language." + l));
        language.setValue("de");
        CheckboxGroup<String> roles = roleChooser();
        roles.setValue(Set.of(Roles.CLERK));
        FormLayout form = new FormLayout(email, name, language, roles);
        dialog.add(new Paragraph(getTranslation("security.admin.invite-intro")), error, form);
        Button send = new Button(getTranslation("security.admin.invite-send"), e -> {
            try {
                administration.invite(email.getValue(), name.getValue(), roles.getValue(), language.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                success(getTranslation(
                        "security.admin.invited", email.getValue().strip()));
            } catch (UserAdministrationRefused refused) {
                showError(error, refused);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("shared.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    private void openEdit(AccountRow account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account.displayName() + " (" + account.email() + ")");
        ErrorSummary error = new ErrorSummary();
        CheckboxGroup<String> roles = roleChooser();
        roles.setValue(account.roles());
        Paragraph since = new Paragraph(
                getTranslation("security.admin.created", Formats.dateTime(account.createdAt(), getLocale())));
        Button saveRoles = new Button(getTranslation("security.admin.save-roles"), e -> {
            try {
                administration.setRoles(account.id(), roles.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                success(getTranslation("security.admin.roles-saved", account.email()));
            } catch (UserAdministrationRefused refused) {
                showError(error, refused);
            }
        });
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button lock =
                new Button(getTranslation(account.enabled() ? "security.admin.lock" : "security.admin.unlock"), e -> {
                    try {
                        administration.setLocked(account.id(), account.enabled());
                        dialog.close();
                        grid.getDataProvider().refreshAll();
                        success(getTranslation(
                                account.enabled() ? "security.admin.locked" : "security.admin.unlocked",
                                account.email()));
                    } catch (UserAdministrationRefused refused) {
                        showError(error, refused);
                    }
                });
        if (account.enabled()) {
            lock.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button liftLock = new Button(getTranslation("security.admin.lift-sign-in-lock"), e -> {
            administration.liftSignInLock(account.id());
            dialog.close();
            grid.getDataProvider().refreshAll();
            success(getTranslation("security.admin.sign-in-lock-lifted", account.email()));
        });
        liftLock.setVisible(account.temporarilyLocked());
        Paragraph lockedInfo = new Paragraph(
                account.temporarilyLocked()
                        ? getTranslation(
                                "security.admin.sign-in-locked-info",
                                Formats.dateTime(account.lockedUntil(), getLocale()))
                        : "");
        lockedInfo.setVisible(account.temporarilyLocked());
        Button reset = new Button(getTranslation("security.admin.reset-password"), e -> {
            administration.resetPassword(account.id());
            dialog.close();
            success(getTranslation("security.admin.reset-sent", account.email()));
        });
        if (account.external()) {
            // roles and password live at the identity provider: show the roles, offer only the lock
            roles.setReadOnly(true);
            dialog.add(
                    since,
                    new Paragraph(getTranslation("security.admin.external", account.identityProvider())),
                    error,
                    roles,
                    new Paragraph(getTranslation("security.admin.next-request")));
            dialog.getFooter().add(lock, new Button(getTranslation("shared.cancel"), e -> dialog.close()));
        } else {
            dialog.add(since, lockedInfo, error, roles, new Paragraph(getTranslation("security.admin.next-request")));
            dialog.getFooter()
                    .add(
                            reset,
                            liftLock,
                            lock,
                            new Button(getTranslation("shared.cancel"), e -> dialog.close()),
                            saveRoles);
        }
        dialog.open();
    }

    private void showError(ErrorSummary region, UserAdministrationRefused refused) {
        region.message(getTranslation(refused.messageKey()));
    }

    private void success(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.admin.title") + " – " + getTranslation("app.title");
    }
}
