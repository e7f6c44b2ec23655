/**
 * The fleet: drivers (volunteer or employed by a sponsor), escorts (照管人员), vehicles, and their
 * compliance — whether each is fit for a school run on a given day, with every reason when not — plus the
 * one-time invitations that let a driver create a login.
 */
package org.schoolshuttle.fleet;
