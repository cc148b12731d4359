package nl.weerbaar.learning.completion.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds completions of the training, one per participant at most. */
public interface CompletionRepository {

    void store(Completion completion);

    /** Her completion, if she completed the training. */
    Optional<Completion> of(long participantId);

    /** The completions of those of these participants who completed the training. */
    List<Completion> of(Collection<Long> participantIds);

    /** The completion a certificate code verifies, if any (a withdrawn certificate has none). */
    Optional<Completion> byCertificateCode(String code);
}
