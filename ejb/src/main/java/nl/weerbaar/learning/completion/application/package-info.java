/**
 * Learning's completion rules and certificate: attendance (asked of planning) and passed modules make
 * a completion with a verifiable code.
 */
package nl.weerbaar.learning.completion.application;
