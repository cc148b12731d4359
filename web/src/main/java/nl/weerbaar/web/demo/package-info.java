/** Demo and test servers only: the API that generates synthetic participation (/api/admin/synthetic). */
package nl.weerbaar.web.demo;
