/** Schools: where they are, their bell times, grades, walking limits per grade and the term calendar. */
package org.schoolshuttle.school;
