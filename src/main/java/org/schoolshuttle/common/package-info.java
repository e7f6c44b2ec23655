/**
 * Shared pieces every feature uses: the problem+json error model and its one mapper, and geographic
 * value types parsed from request parameters.
 */
package org.schoolshuttle.common;
