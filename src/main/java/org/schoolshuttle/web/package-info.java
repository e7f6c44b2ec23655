/**
 * Server-rendered pages (Qute): sign-in with a session cookie, and the signed-in home page. Every form
 * carries a CSRF token; the JSON API accepts HTTP Basic only, so the session cookie cannot be used
 * against it from another site.
 */
package org.schoolshuttle.web;
