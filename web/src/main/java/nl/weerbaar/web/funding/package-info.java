/** NGB's funding page, the over-budget warning on the planning pages, and the funding API. */
package nl.weerbaar.web.funding;
