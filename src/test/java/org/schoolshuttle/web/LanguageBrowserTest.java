package org.schoolshuttle.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.schoolshuttle.Api;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages follow the browser's language, switch on request, remember the choice, and fit a 360 px phone. */
@QuarkusTest
class LanguageBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theLanguageSwitchIsRememberedAcrossPagesAndSignIn() {
        String parent = Api.parent();
        try (Browser b = Browser.open(base, true, "zh-CN")) {
            b.go("/login");
            assertEquals("登录", b.text("h1"), "a Chinese browser gets Chinese");
            assertEquals("zh-CN", b.find("html").getAttribute("lang"));
            b.screenshot("language-1-chinese");

            b.click("button[name=language][value=en]");
            b.waitUntil("the page turns English", d -> "Sign in".equals(b.text("h1")), Duration.ofSeconds(10));
            assertTrue(b.url().endsWith("/login"), "the switch comes back to the same page: " + b.url());
            b.go("/signup");
            assertEquals("Create a family account", b.text("h1"), "the choice is remembered on the next page");
            b.signIn(parent, Api.PASSWORD);
            assertTrue(b.text("main").contains("Register a child"), "and after signing in: " + b.text("main"));
            b.screenshot("language-2-english");

            b.click("button[name=language][value=zh]");
            b.waitUntil("back to Chinese", d -> b.text("main").contains("登记孩子"), Duration.ofSeconds(10));
        }
        // The account keeps the last choice, so messages and e-mails follow it.
        Api.as(parent, Api.PASSWORD).get("/api/v1/me").then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo("zh"));
    }

    @Test
    void everyPublicPageFitsA360PixelScreen() {
        try (Browser b = Browser.open(base, true, "en-GB")) {
            b.script("window.resizeTo(360, 800);");
            b.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
            for (String page : new String[] {"/login", "/signup"}) {
                b.go(page);
                b.find("main");
                assertTrue(b.fitsWidth(), page + " scrolls sideways at 360 px");
            }
            b.signIn(Api.parent(), Api.PASSWORD);
            for (String page : new String[] {"/app/family", "/app/family/children/new", "/app/messages"}) {
                b.go(page);
                b.find("main");
                assertTrue(b.fitsWidth(), page + " scrolls sideways at 360 px");
            }
            b.screenshot("language-3-360px");
        }
    }
}
