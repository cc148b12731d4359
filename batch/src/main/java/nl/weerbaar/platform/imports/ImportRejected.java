package nl.weerbaar.platform.imports;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The file was refused as a whole; nothing from it was stored. */
@ApplicationException(rollback = true)
public class ImportRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RowProblem> problems;

    public ImportRejected(List<RowProblem> problems) {
        super(problems.size() + " problem(s) in the imported file");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
