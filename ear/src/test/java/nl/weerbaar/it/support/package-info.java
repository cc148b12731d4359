/** What the integration tests share: the deployed EAR, an HTTP client with Basic and form login, Chromium, GreenMail's mailbox, participants with their own login, and session fixtures. */
package nl.weerbaar.it.support;
