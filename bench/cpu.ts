import fs from 'node:fs';

/** Reads a process's CPU time so far, user and system, in milliseconds. */
export type CpuMeter = () => number;

/** Linux reports times in clock ticks of 10 ms (USER_HZ = 100). */
const MS_PER_TICK = 10;

/** This process's CPU time: the load generator and the direct queries. */
export const ownCpu: CpuMeter = () => {
  const usage = process.cpuUsage();

  return (usage.user + usage.system) / 1000;
};

/**
 * Another process's CPU time from /proc, or null where there is none.
 * Fields 14 and 15 of /proc/<pid>/stat are utime and stime.
 */
export function processCpu(pid: number): CpuMeter | null {
  const file = `/proc/${pid}/stat`;

  if (!fs.existsSync(file)) {
    return null;
  }

  return () => {
    // The command name may hold spaces; the fields start after ') '.
    const fields = fs.readFileSync(file, 'utf8').split(') ')[1]!.split(' ');

    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  };
}
