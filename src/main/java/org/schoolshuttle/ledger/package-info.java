/**
 * The money of each route by month: costs (fuel, driver pay, insurance, maintenance) and income (sponsor funds,
 * family fees, township subsidy), giving the cost per child served and what each family pays. Coordinators
 * record entries; sponsors see the totals of what they fund.
 */
package org.schoolshuttle.ledger;
