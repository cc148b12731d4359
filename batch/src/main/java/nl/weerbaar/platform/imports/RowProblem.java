package nl.weerbaar.platform.imports;

import java.io.Serializable;

/** What is wrong in one cell (or row: column null) of an imported sheet; rows count as in Excel, from 1. */
public record RowProblem(Integer row, String column, String message) implements Serializable {
}
