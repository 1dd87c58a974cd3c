/**
 * CPU time of this process, in milliseconds, for the ratio-based timing
 * tests. Wall time counts the moments the scheduler gives the core to other
 * processes: on a busy machine a 40 ms run can take 200 ms while a 1 ms run
 * slips between two time slices, and the ratio reads as super-linear. CPU
 * time counts only the work done, whatever else runs.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
