package nl.weerbaar.learning.completion.application;

import java.time.LocalDate;

/** What a verification code confirms: the name and training on the certificate and the completion date. */
public record Verification(String name, String training, LocalDate completedOn) implements java.io.Serializable {
}
