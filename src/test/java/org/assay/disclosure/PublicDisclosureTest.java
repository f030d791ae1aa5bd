package org.assay.disclosure;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.grievance.GrievanceLanguage;
import org.assay.support.Browser;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public disclosure (issue 14 item 6): the supplier chooses to publish its summary to everyone; anonymous callers read
 * it through the API and on the page (a real headless Chromium, JavaScript off), in the page languages; turning it off
 * hides it at once; nothing beyond the chosen summary is shown.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PublicDisclosureTest {

    static final String SET = """
            mutation($in: SetPublicDisclosureInput!) { setPublicDisclosure(input: $in) {
              disclosure { enabled slug showGrievances path changedAt } userErrors { field code message } } }""";
    static final String READ = """
            query($s: String!) { publicDisclosure(slug: $s) { slug supplierName country currentRating publishedRating method validFrom validUntil
              publishedAt correctiveActions { status count } grievances { stage count } asOf } }""";

    @TestHTTPResource("/")
    URL base;

    static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start("es", "es-ES,es");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void theSupplierPublishesItsSummaryToEveryoneAndCanStop() {
        Scenarios.World w = Scenarios.world("Disclosed " + UUID.randomUUID().toString().substring(0, 6));
        Scenarios.publishedDeskReview(w);
        Gql supplier = w.supplier().client();
        String slug = "disclosed-" + UUID.randomUUID().toString().substring(0, 8);

        // only suppliers decide, each for itself; bad names are refused with nothing written
        w.memberA().client().post(SET, vars("in", Map.of("enabled", true, "slug", slug))).assertErrorCode("forbidden");
        Gql.anonymous().post(SET, vars("in", Map.of("enabled", true, "slug", slug))).assertErrorCode("unauthorized");
        assertEquals(List.of("INVALID_SLUG"), supplier.post(SET, vars("in", Map.of("enabled", true, "slug", "Not A Slug")))
                .userErrorCodes("setPublicDisclosure"));
        assertNull(supplier.post("{ myPublicDisclosure { slug } }").assertNoErrors().get("data.myPublicDisclosure"));
        Gql.anonymous().post(READ, vars("s", slug)).assertErrorCode("NOT_FOUND");

        // published: anyone reads it, without a token
        Gql.Result set = supplier.post(SET, vars("in", Map.of("enabled", true, "slug", slug))).assertNoErrors();
        assertEquals(List.of(), set.userErrorCodes("setPublicDisclosure"), set.raw());
        assertEquals("/disclosure/" + slug, set.string("data.setPublicDisclosure.disclosure.path"));
        Fixtures.Party other = Fixtures.party("SUPPLIER", "Disclosed Other " + UUID.randomUUID().toString().substring(0, 6), "CL");
        assertEquals(List.of("SLUG_TAKEN"), other.client().post(SET, vars("in", Map.of("enabled", true, "slug", slug))).userErrorCodes("setPublicDisclosure"));
        Gql.Result read = Gql.anonymous().post(READ, vars("s", slug)).assertNoErrors();
        assertTrue(read.string("data.publicDisclosure.supplierName").startsWith("Disclosed"), read.raw());
        assertEquals("CD", read.string("data.publicDisclosure.country"));
        assertEquals("DESK_REVIEW", read.string("data.publicDisclosure.method"));
        assertEquals(read.string("data.publicDisclosure.publishedRating"), read.string("data.publicDisclosure.currentRating"));
        assertEquals(5, read.json().getList("data.publicDisclosure.correctiveActions").size(), "every action state, zero included");
        assertEquals(7, read.json().getList("data.publicDisclosure.grievances").size(), "every grievance stage, zero included");
        assertFalse(read.raw().contains(w.memberA().organisationId()), "no buyer is named");
        Gql.Result signedIn = w.memberB().client().post(READ, vars("s", slug)).assertNoErrors();
        assertEquals(read.string("data.publicDisclosure.currentRating"), signedIn.string("data.publicDisclosure.currentRating"));

        // the public page, in the browser's language (Spanish) and in Chinese through the switch
        browser.get(url("/disclosure/" + slug));
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("supplier")).getText().startsWith("Disclosed"));
        assertEquals(read.string("data.publicDisclosure.currentRating"), browser.findElement(By.id("current-rating")).getText());
        assertEquals("Revisión documental", browser.findElement(By.id("method")).getText());
        assertTrue(browser.getPageSource().contains("Acciones correctivas"));
        Browser.navigate(browser, By.cssSelector("a[hreflang=zh]"));
        assertEquals("zh", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("文件审查", browser.findElement(By.id("method")).getText());
        assertTrue(browser.getPageSource().contains("按阶段统计的申诉"));

        // grievance counts hidden by choice, then the whole disclosure off: gone at once
        supplier.post(SET, vars("in", Map.of("enabled", true, "showGrievances", false))).assertNoErrors();
        assertNull(Gql.anonymous().post(READ, vars("s", slug)).assertNoErrors().get("data.publicDisclosure.grievances"));
        browser.get(url("/disclosure/" + slug + "?lang=en"));
        assertFalse(browser.findElements(By.id("grievances-hidden")).isEmpty());
        Gql.Result off = supplier.post(SET, vars("in", Map.of("enabled", false))).assertNoErrors();
        assertEquals(slug, off.string("data.setPublicDisclosure.disclosure.slug"), "the name is kept for later");
        Gql.anonymous().post(READ, vars("s", slug)).assertErrorCode("NOT_FOUND");
        given().get("/disclosure/" + slug).then().statusCode(404);
        browser.get(url("/disclosure/" + slug + "?lang=fr"));
        assertFalse(browser.findElements(By.id("not-found")).isEmpty());
        assertTrue(browser.getPageSource().contains("Il n'y a pas de synthèse publique"));
    }

    @Test
    void everyPageLanguageHasEveryText() {
        java.util.Set<String> keys = DisclosurePageTexts.keys(GrievanceLanguage.EN);
        for (GrievanceLanguage l : GrievanceLanguage.values()) {
            assertEquals(keys, DisclosurePageTexts.keys(l), l + " lacks or adds texts");
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
