/** The trainers' casuistry page and its API (/api/casus). */
package nl.weerbaar.web.casework;
