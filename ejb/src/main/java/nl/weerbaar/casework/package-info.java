/** Casework: the trainers' casuistry, cases from practice and which were discussed in which session. */
package nl.weerbaar.casework;
