package nl.weerbaar.it.support;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait that looks again when a PrimeFaces partial update replaced what the condition was reading.
 * Chromium then answers either "stale element" or, while the old node is being detached, an
 * "unknown error: Node with given id does not belong to the document" (seen in CI, from
 * {@code ExpectedConditions.stalenessOf}); both mean "not yet", never a failure of the page.
 */
public final class PageWait extends WebDriverWait {

    public PageWait(WebDriver driver, Duration timeout) {
        super(driver, timeout);
        ignoring(StaleElementReferenceException.class);
    }

    @Override
    public <V> V until(Function<? super WebDriver, ? extends V> condition) {
        return super.until(driver -> {
            try {
                return condition.apply(driver);
            } catch (StaleElementReferenceException e) {
                throw e;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null; // the node is on its way out: look again at the next poll
                }
                throw e;
            }
        });
    }
}
