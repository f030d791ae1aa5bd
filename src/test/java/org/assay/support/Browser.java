package org.assay.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real browser the page tests drive: Debian's headless Chromium with JavaScript off, as a worker's cheap phone may be. */
public final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /** Starts a browser that asks for {@code language} first ({@code acceptLanguages}, e.g. "fr-FR,fr", is its Accept-Language). */
    public static WebDriver start(String language, String acceptLanguages) {
        assertTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages, "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /**
     * Clicks what submits a form or follows a link and waits until the next page has loaded: a click returns once the
     * navigation has started, and reading the next page at once could read the old one (the bound only keeps a broken
     * page from hanging the build). The old page is marked with a window property that a new document does not have;
     * asking whether the clicked element went stale instead was flaky: mid-navigation ChromeDriver sometimes answers
     * "Node with given id does not belong to the document" as an unknown error rather than as a stale element. A script
     * run while the old document is torn down can fail the same way, so the wait retries on driver errors.
     */
    public static void navigate(WebDriver browser, By what) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.assayPageBeforeClick = true");
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.assayPageBeforeClick === undefined && document.readyState === 'complete'")));
    }
}
