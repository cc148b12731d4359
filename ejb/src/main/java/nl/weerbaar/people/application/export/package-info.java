/** Everything held about one participant, as a zip of JSON files for her right of access (AVG art. 15 and 20). */
package nl.weerbaar.people.application.export;
