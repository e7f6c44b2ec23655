/**
 * Messages to families: an outbox written in the same transaction as the change it tells of (a new stop, new
 * times), read by the family in the app; delivery channels (SMS, WeChat) take from the same outbox.
 */
package org.schoolshuttle.notify;
