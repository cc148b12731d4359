package nl.weerbaar.learning.scenario.application;

import jakarta.ejb.ApplicationException;
import java.util.List;
import nl.weerbaar.scenarios.ScenarioProblem;

/** A scenario file was refused as a whole; what was published stays as it was. */
@ApplicationException(rollback = true)
public class ScenarioRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    public ScenarioRejected(List<ScenarioProblem> problems) {
        super(problems.size() + " problem(s) in the scenario file");
        this.problems = List.copyOf(problems);
    }

    public List<ScenarioProblem> problems() {
        return problems;
    }
}
