/** Demo and test servers only: the API that generates synthetic participation (/api/admin/synthetic) and the residue search that proves an erasure (/api/admin/residue). */
package nl.weerbaar.web.demo;
