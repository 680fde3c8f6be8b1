package io.vigil.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.vigil.identity.Role;
import io.vigil.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A person opens Vigil in a real browser, signs in, switches to Chinese and sees the home page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class LoginAndLanguageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInSwitchToChineseAndSeeTheHomePage() {
        String username = testUsers.username(testUsers.user("Browser Tester", Role.EMPLOYEE, testUsers.rootUnit(), false));
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, java.time.Duration.ofSeconds(10));
        wait.until(ExpectedConditions.urlContains("/login"));

        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-heading")));
        assertThat(browser.findElement(By.id("home-heading")).getText()).isEqualTo("Welcome, Browser Tester");

        new Select(browser.findElement(By.id("lang-switch"))).selectByValue("zh-CN");

        wait.until(ExpectedConditions.textToBe(By.id("home-heading"), "欢迎，Browser Tester"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.getPageSource()).contains("首页");

        // the preference is the user's, not the page's: it survives navigation
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.id("home-heading")).getText()).isEqualTo("欢迎，Browser Tester");
    }
}
