package nl.weerbaar.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryOrderTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 9, 0);
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(15), 2);

    private static OutboxMail mail(String to, String subject) {
        return new OutboxMail(to, subject, "Tekst", null, NOW.minusMinutes(5));
    }

    private static List<String> subjects(List<OutboxMail> mails) {
        return mails.stream().map(OutboxMail::getSubject).toList();
    }

    @Test
    void eachRecipientGetsOnlyHerOldestMailInARoundOldestRecipientFirst() {
        List<OutboxMail> unsent = List.of(mail("a@example.nl", "a1"), mail("b@example.nl", "b1"),
                mail("a@example.nl", "a2"), mail("c@example.nl", "c1"), mail("b@example.nl", "b2"));
        assertEquals(List.of("a1", "b1", "c1"), subjects(DeliveryOrder.sendable(unsent, NOW)));
    }

    @Test
    void aYoungerMailWaitsWhileAnOlderOneForTheSameRecipientBacksOff() {
        OutboxMail first = mail("a@example.nl", "a1");
        first.failed("connection refused", NOW, POLICY);
        List<OutboxMail> unsent = List.of(first, mail("a@example.nl", "a2"), mail("b@example.nl", "b1"));
        assertEquals(List.of("b1"), subjects(DeliveryOrder.sendable(unsent, NOW)));
        assertEquals(List.of("a1", "b1"), subjects(DeliveryOrder.sendable(unsent, NOW.plusSeconds(30))));
    }

    @Test
    void aDeadMailHoldsBackHerLaterMailsUntilItIsResent() {
        OutboxMail dead = mail("a@example.nl", "a1");
        dead.failed("550 mailbox unavailable", NOW, POLICY);
        dead.failed("550 mailbox unavailable", NOW, POLICY);
        List<OutboxMail> unsent = List.of(dead, mail("a@example.nl", "a2"));
        assertEquals(List.of(), subjects(DeliveryOrder.sendable(unsent, NOW.plusDays(1))));
        dead.resend(NOW.plusDays(1));
        assertEquals(List.of("a1"), subjects(DeliveryOrder.sendable(unsent, NOW.plusDays(1))));
    }

    @Test
    void theRecipientsAddressIsComparedWithoutCase() {
        List<OutboxMail> unsent = List.of(mail("A@Example.nl", "a1"), mail("a@example.nl", "a2"));
        assertEquals(List.of("a1"), subjects(DeliveryOrder.sendable(unsent, NOW)));
    }

    @Test
    void aMailIsNotSentBeforeItIsDue() {
        OutboxMail later = new OutboxMail("a@example.nl", "a1", "Tekst", null, NOW.plusMinutes(1));
        assertEquals(List.of(), subjects(DeliveryOrder.sendable(List.of(later), NOW)));
    }
}
