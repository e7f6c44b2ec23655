/**
 * The web app: server-rendered pages (Qute) for parents, drivers and coordinators in Chinese and English, with
 * a little JavaScript for maps, the pin on the map, the planner's progress and the driver's offline queue.
 * Pages sign in with a form and a session cookie and every form carries a CSRF token; they call the same
 * services as the JSON API, which accepts HTTP Basic only, so the session cookie cannot be used against it.
 */
package org.schoolshuttle.web;
