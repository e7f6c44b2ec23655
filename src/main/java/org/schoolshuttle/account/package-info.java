/**
 * Accounts, roles, log-in with lockout, the access policy that decides what each caller may see, and the
 * audit log of every change.
 */
package org.schoolshuttle.account;
