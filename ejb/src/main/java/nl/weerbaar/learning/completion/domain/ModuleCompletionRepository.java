package nl.weerbaar.learning.completion.domain;

/** Stores that a participant passed a module, once. */
public interface ModuleCompletionRepository {

    void store(ModuleCompletion completion);

    boolean completed(long participantId, String moduleId);
}
