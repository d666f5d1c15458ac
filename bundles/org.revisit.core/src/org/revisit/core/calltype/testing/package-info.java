/**
 * A test harness for call types: {@link org.revisit.core.calltype.testing.CallTypeHarness} builds a temporary
 * database with contacts, service events, campaigns and a pinned clock, and runs the product's planner.
 */
package org.revisit.core.calltype.testing;
