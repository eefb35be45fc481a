/**
 * What the jobs area shares with its own view in the workbench: how the job history reads
 * ({@link marswb.area.jobs.JobHistory}). The checks themselves are internal.
 *
 * @since 0.1
 */
package marswb.area.jobs;
