/**
 * Casework: the trainers' cases from practice (casuistiek), which were discussed in which session, and
 * their repository.
 */
package nl.weerbaar.casework.domain;
