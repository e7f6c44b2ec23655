package org.schoolshuttle.web;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, headless, driven through its own chromedriver (no driver download). Tests that need
 * it skip with a message where chromium is not installed ({@code .ci/run} installs it).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("shuttle.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("shuttle.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, URL base) {
        this.driver = driver;
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** A phone-sized window (412 x 915) or a desktop one, with the browser asking for {@code language} first. */
    static Browser open(URL base, boolean phone, String language) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--lang=" + language,
                phone ? "--window-size=412,915" : "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return new Browser(driver, base);
    }

    WebDriver driver() {
        return driver;
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    WebElement find(String css) {
        return waitFor(css);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement waitFor(String css) {
        // A click that navigates returns before the new page's scripts have run: wait for the element on a
        // page that has finished loading, so its scripts are listening before the test acts.
        return new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("visible: " + css)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            if (!"complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))) {
                return null;
            }
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition, Duration within) {
        try {
            // A page that reloads under the condition (a form posted, the queue's reload) leaves stale elements
            // behind for a moment: look again.
            new WebDriverWait(driver, within).ignoring(org.openqa.selenium.TimeoutException.class)
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .withMessage(what).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("Waited in vain until " + what + " at " + driver.getCurrentUrl() + "; the page says:\n"
                    + driver.findElement(By.tagName("body")).getText() + "\nbrowser log: " + consoleLog(), e);
        }
    }

    private String consoleLog() {
        try {
            return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().toString();
        } catch (RuntimeException e) {
            return "(not available)";
        }
    }

    /** An element's attribute now, without waiting for it to show (null when absent). */
    String attribute(String css, String name) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets an input's value as the page's own script would (date inputs read keys in the browser's locale). */
    void set(String css, String value) {
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                find(css), value);
    }

    /**
     * Picks an option. Headless chromium leaves a select's pop-up open after a picked option, swallowing the
     * next click elsewhere, so the option is picked as the page sees a choice: the value, then a change event.
     */
    void choose(String css, String value) {
        WebElement select = find(css);
        new Select(select).getOptions().stream().filter(o -> value.equals(o.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError(css + " offers no option " + value));
        set(css, value);
    }

    void click(String css) {
        WebElement e = find(css);
        script("arguments[0].scrollIntoView({block: 'center'});", e);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    String text(String css) {
        return find(css).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** A real mouse click on the map at a WGS-84 point. */
    void tapMap(String css, double lat, double lon) {
        WebElement map = find(css);
        script("arguments[0].scrollIntoView({block: 'center'});", map);
        // Leaflet drops clicks while it animates a zoom (the page recentres when a school is chosen).
        waitUntil("the map is still", d -> Boolean.TRUE.equals(script("return !arguments[0].shuttleMap._animatingZoom;", map)),
                Duration.ofSeconds(5));
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) script(
                "var m = arguments[0].shuttleMap; var at = ShuttleMap.show(arguments[1], arguments[2]);"
                        + "m.setView(at, 17, {animate: false}); var pt = m.latLngToContainerPoint(at); return {x: pt.x, y: pt.y};",
                map, lat, lon);
        int dx = (int) Math.round(p.get("x").doubleValue() - map.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(p.get("y").doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(map, dx, dy).click().perform();
    }

    void signIn(String username, String password) {
        go("/login");
        type("#username", username);
        type("#password", password);
        click("#sign-in");
        waitUntil("signed in", d -> !d.getCurrentUrl().contains("/login"), Duration.ofSeconds(20));
    }

    /** The phone is at (lat, lon) and the page may read it, as if the driver had allowed location access. */
    void locatedAt(double lat, double lon) {
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        driver.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lon, "accuracy", 5));
    }

    void offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        driver.setNetworkConditions(conditions);
        // The page hears of it as a real phone's page would.
        script("window.dispatchEvent(new Event(arguments[0] ? 'offline' : 'online'));", offline);
    }

    /** Saves what the page looks like now under target/screenshots/. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when nothing on the page is wider than the window (no sideways scrolling at 360 px). */
    boolean fitsWidth() {
        Number overflow = (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return overflow.intValue() <= 0;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
