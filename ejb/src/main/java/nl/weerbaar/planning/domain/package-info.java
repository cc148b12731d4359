/** Planning: training sessions of about eight participants, their lifecycle and where they are held. */
package nl.weerbaar.planning.domain;
