package de.kulturbuero.grants.journey;

import static org.assertj.core.api.Assertions.assertThat;

import de.kulturbuero.testidp.TestIdentityProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An officer signs in through the city's identity provider in a real browser: from the portal's
 * login page to the provider's login form ({@link TestIdentityProvider}, a real OpenID Connect
 * provider started inside the test) and back, signed in with the roles of their groups; a person
 * whose groups give no role comes back to the login page with the reason.
 * <p>
 * The portal is opened as {@code 127.0.0.1} and the provider as {@code localhost}: browsers keep
 * cookies per host name, not per port, so the two sessions stay apart as they would on two servers.
 */
class StaffSignInJourneyIT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    private String portal() {
        return "http://127.0.0.1:" + port + "/";
    }

    @BeforeEach
    void forgetBothSessions() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Test
    void an_officer_signs_in_with_the_city_account_and_works_with_the_role_of_their_group() {
        TestIdentityProvider.Person kim = TestIdentityProvider.PEOPLE.get("kim");
        signInAtProvider(kim);

        waitForUrl("/inbox");
        waitUntil(
                "the app layout",
                () -> driver.findElements(By.tagName("vaadin-app-layout")).isEmpty() ? null : true);
        assertThat(driver.getCurrentUrl()).startsWith(portal());
        assertThat(driver.findElement(By.className("navbar-user")).getText()).isEqualTo(kim.name());
        screenshot("staff-sign-in-inbox");

        List<String> roles = jdbc.queryForList(
                "SELECT r.role FROM account a JOIN account_role r ON r.account_id = a.id "
                        + "WHERE a.email = ? AND a.identity_provider = ?",
                String.class,
                kim.email(),
                TestIdentityProvider.REGISTRATION_ID);
        assertThat(roles).containsExactly("CLERK");

        // a clerk's menu: the inbox, not the user administration
        waitForText(t("review.inbox.menu"));
        assertThat(pageText()).doesNotContain(t("security.admin.menu"));

        // no portal password to change: the city's IT manages it
        driver.get(portal() + "account");
        waitForVaadin();
        waitForText(t("security.account.password-external"));
        assertThat(driver.findElements(By.tagName("vaadin-password-field"))).isEmpty();

        // signing out ends the provider's session too: the next sign-in asks for the password again
        TestIdentityProvider.allowPostLogoutRedirect(portal());
        logout();
        assertThat(driver.getCurrentUrl()).startsWith(portal());
        signInAtProvider(kim);
        waitForUrl("/inbox");
    }

    @Test
    void a_person_whose_groups_give_no_role_is_sent_back_to_the_login_page_with_the_reason() {
        signInAtProvider(TestIdentityProvider.PEOPLE.get("nils"));

        waitForUrl("/login?sso=no-role");
        waitForText(t("security.login.sso.no-role"));
        WebElement alert = driver.findElement(By.cssSelector(".sso-error[role=alert]"));
        assertThat(alert.isDisplayed()).isTrue();
        screenshot("staff-sign-in-refused");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account WHERE email = ?",
                        Integer.class,
                        TestIdentityProvider.PEOPLE.get("nils").email()))
                .isZero();
    }

    /** Portal login page → "Sign in with …" → the provider's login form → back to the portal. */
    private void signInAtProvider(TestIdentityProvider.Person person) {
        driver.get(portal() + "login");
        waitForVaadin();
        WebElement link = waitUntil(
                "the staff sign-in link",
                () -> driver.findElements(By.cssSelector("a.staff-sign-in-link")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        assertThat(link.getText()).isEqualTo(t("security.login.sso.button", TestIdentityProvider.CLIENT_NAME));
        screenshot("staff-sign-in-login-page");
        link.click();

        WebElement username = waitUntil(
                "the provider's login form (its session must be new or ended)",
                () -> driver.findElements(By.id("username")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(driver.getCurrentUrl()).startsWith(TestIdentityProvider.issuer());
        username.sendKeys(person.username());
        driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil("back at the portal", () -> driver.getCurrentUrl().startsWith(portal()) ? true : null);
    }
}
