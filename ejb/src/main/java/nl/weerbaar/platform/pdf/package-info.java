/** Documents to print and keep: PDF/A-2b, tagged, with the fonts embedded (certificate, sign-in sheet). */
package nl.weerbaar.platform.pdf;
