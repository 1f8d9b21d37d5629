/** Benchmarks, run by hand (never part of the test suite); results go to BENCHMARKS.md with their command. */
package org.tidewatch.bench;
