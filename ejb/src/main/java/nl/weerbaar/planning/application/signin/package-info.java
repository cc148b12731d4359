/** The sign-in sheet (presentielijst) a session's trainers print: who has a place, with room to sign. */
package nl.weerbaar.planning.application.signin;
