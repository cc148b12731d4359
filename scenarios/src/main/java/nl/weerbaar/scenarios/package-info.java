/**
 * Branching casework scenarios: the model, the reader of the JSON format (schema in
 * {@code scenarios/scenario.schema.json}) and the validator shared by the build, the import and the editor.
 */
package nl.weerbaar.scenarios;
