package org.assay.grievance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.grievance.web.PageTexts;
import org.assay.support.Browser;
import org.assay.support.Gql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public grievance page in a real headless Chromium (Debian {@code chromium} and {@code chromium-driver}; .ci/run
 * installs them): filing in French with a photo whose GPS position is gone in storage, the code shown once, following
 * up and reading the handler's message, the page in Chinese, a wrong code refused and the case locked after the limit.
 * No JavaScript is needed: the browser runs with JavaScript disabled.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GrievancePageBrowserTest {


    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start("fr", "fr-FR,fr");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private void navigate(By what) {
        Browser.navigate(browser, what);
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void fileInFrenchWithAPhotoFollowUpInChineseAndGetLockedOut() throws Exception {
        GrievanceHandlingTest.Setup s = GrievanceHandlingTest.setup("Browser Grievance");
        Map<String, String> fr = PageTexts.of(GrievanceLanguage.FR);
        Map<String, String> zh = PageTexts.of(GrievanceLanguage.ZH);

        // the browser asks for French (Accept-Language): the start page is in French
        browser.get(url("/grievance"));
        assertEquals(fr.get("title"), text("h1"));
        browser.findElement(By.id("name")).sendKeys("Browser Grievance");
        navigate(By.id("search"));
        assertTrue(text("#suppliers").contains("Browser Grievance Cobalt Mining"), text("body"));
        navigate(By.cssSelector("#suppliers a.file-about"));

        // the form: category in French, a photo with a GPS position, anonymous with a contact
        assertTrue(text("#supplier-name").startsWith("Browser Grievance Cobalt Mining"));
        Select category = new Select(browser.findElement(By.id("category")));
        category.selectByValue("ENVIRONMENT_AND_WATER");
        assertEquals(fr.get("cat.ENVIRONMENT_AND_WATER"), category.getFirstSelectedOption().getText());
        new Select(browser.findElement(By.id("site"))).selectByIndex(1);
        browser.findElement(By.id("description")).sendKeys("La rivière est rouge depuis l'ouverture de la fosse 3.");
        browser.findElement(By.id("location")).sendKeys("Musonoi");
        browser.findElement(By.id("occurred")).sendKeys("mars 2026");
        browser.findElement(By.id("anonymous")).click();
        browser.findElement(By.id("contact")).sendKeys("+243 81 000 0000");
        Path photo = Files.createTempFile("riviere", ".jpg");
        Files.write(photo, ImageMetadataTest.jpegWithGps());
        browser.findElement(By.id("evidence")).sendKeys(photo.toAbsolutePath().toString());
        navigate(By.id("submit"));

        assertEquals(fr.get("receipt_title"), text("#receipt-title"), text("body"));
        String reference = text("#reference");
        String code = text("#code");
        assertTrue(reference.matches("GRV-[A-Z2-9]{4}-[A-Z2-9]{4}"), reference);
        Files.deleteIfExists(photo);

        // stored: in French, the photo without its GPS position
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
                "select g.language, e.bytes, e.metadata_removed, e.media_type from grievance g join grievance_evidence e on e.grievance_id = g.id where g.reference = ?")) {
            p.setString(1, reference);
            try (ResultSet r = p.executeQuery()) {
                assertTrue(r.next(), "the photo is stored");
                assertEquals("FR", r.getString(1));
                String stored = new String(r.getBytes(2), StandardCharsets.ISO_8859_1);
                assertFalse(stored.contains("GPS"), "the GPS position is removed in storage");
                assertFalse(stored.contains("Exif"));
                assertTrue(r.getBoolean(3));
                assertEquals("image/jpeg", r.getString(4));
            }
        }

        // the handler answers; the complainant reads it with the code
        String id = GrievanceHandlingTest.idOf(s.handler().client(), reference);
        Gql.Result sent = GrievanceHandlingTest.step(s.handler().client(), "sendGrievanceMessage", "SendGrievanceMessageInput",
                Map.of("grievanceId", id, "to", "COMPLAINANT", "body", "Merci. Une équipe visitera la rivière cette semaine."));
        assertEquals(java.util.List.of(), sent.userErrorCodes("sendGrievanceMessage"), sent.raw());
        Gql.Result evidence = s.handler().client().post("query($id: ID!) { grievance(id: $id) { evidence { mediaType metadataRemoved } } }", vars("id", id)).assertNoErrors();
        assertEquals(Boolean.TRUE, evidence.get("data.grievance.evidence[0].metadataRemoved"));

        navigate(By.id("follow-up-link"));
        browser.findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("code")).sendKeys(code);
        navigate(By.id("show"));
        assertEquals(fr.get("stage.RECEIVED"), text("#stage"), text("body"));
        assertTrue(text("#messages").contains("Une équipe visitera la rivière"), text("body"));
        browser.findElement(By.id("message")).sendKeys("Merci, l'eau est toujours rouge.");
        navigate(By.id("send-reply"));
        assertTrue(text("#messages").contains("l'eau est toujours rouge"), text("body"));

        // the same page in Chinese (the switch), the case keeps its language
        browser.get(url("/grievance?lang=zh"));
        assertEquals(zh.get("title"), text("h1"));
        navigate(By.id("follow-up-link"));
        browser.findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("code")).sendKeys(code);
        navigate(By.id("show"));
        assertEquals(zh.get("stage.RECEIVED"), text("#stage"), text("body"));
        assertTrue(text("#messages").contains("Une équipe visitera la rivière"));

        // a wrong code is refused; after five, the case is locked, even for the right code
        for (int i = 1; i <= 5; i++) {
            browser.get(url("/grievance/follow-up?lang=zh"));
            browser.findElement(By.id("reference")).sendKeys(reference);
            browser.findElement(By.id("code")).sendKeys("WRONG-" + i);
            navigate(By.id("show"));
            assertEquals(i < 5 ? zh.get("wrong_code") : zh.get("locked"), text("#follow-up-error"), "attempt " + i);
        }
        browser.get(url("/grievance/follow-up?lang=zh"));
        browser.findElement(By.id("reference")).sendKeys(reference);
        browser.findElement(By.id("code")).sendKeys(code);
        navigate(By.id("show"));
        assertEquals(zh.get("locked"), text("#follow-up-error"));
    }
}
