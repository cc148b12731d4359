package nl.weerbaar.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard user: every key goes to whatever has the focus (never to an element the test picked), and
 * every press is counted — a typed character is one press, a chord such as Shift+Tab one press too.
 */
public final class Keyboard {

    /** More Tabs than this without reaching a control means the page cannot be used by keyboard. */
    private static final int MAX_TABS = 300;

    private final WebDriver driver;
    private int presses;

    public Keyboard(Browser browser) {
        this.driver = browser.driver;
    }

    public void tab() {
        press(Keys.TAB);
    }

    public void shiftTab() {
        chord(Keys.SHIFT, Keys.TAB);
    }

    public void enter() {
        press(Keys.ENTER);
    }

    public void space() {
        press(Keys.SPACE);
    }

    public void escape() {
        press(Keys.ESCAPE);
    }

    /** Selects all text in the focused field (Ctrl+A), one press. */
    public void selectAll() {
        chord(Keys.CONTROL, "a");
    }

    /** Types the text one character at a time. */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            new Actions(driver).sendKeys(String.valueOf(c)).perform();
            presses++;
        }
    }

    /** Tabs forward until one of the elements {@code target} finds has the focus, and returns it. */
    public WebElement tabTo(By target) {
        for (int tabs = 0; tabs <= MAX_TABS; tabs++) {
            WebElement focused = focused();
            List<WebElement> wanted = driver.findElements(target);
            if (focused != null && wanted.contains(focused)) {
                return focused;
            }
            tab();
        }
        throw new AssertionError(MAX_TABS + " Tabs did not reach " + target + " on " + driver.getCurrentUrl()
                + "; the focus is on " + describe(focused()));
    }

    /** The element with the focus (the body when nothing has it). */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** What has the focus, in words for a failure message. */
    public String describeFocus() {
        return describe(focused());
    }

    public int presses() {
        return presses;
    }

    /** Prints the count for this flow in the test output and starts counting again. */
    public int report(String flow) {
        int counted = presses;
        System.out.println("[keyboard] " + flow + ": " + counted + " key presses");
        presses = 0;
        return counted;
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        presses++;
    }

    /** A key pressed while a modifier is held: one press. */
    private void chord(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        presses++;
    }

    private static String describe(WebElement element) {
        if (element == null) {
            return "nothing";
        }
        return "<" + element.getTagName() + " id=\"" + element.getAttribute("id") + "\" class=\""
                + element.getAttribute("class") + "\">";
    }
}
