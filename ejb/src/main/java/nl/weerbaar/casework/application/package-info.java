/** Casework's service and form: the trainers keep their library of cases and record which were discussed in a session. */
package nl.weerbaar.casework.application;
