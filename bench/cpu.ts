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

  return () => statCpu(file) ?? 0;
}

/**
 * The CPU time of every PostgreSQL process on this machine, or null where
 * /proc is missing: each live process's own time, plus the time of the
 * processes that have ended, which the postmaster holds as its children's.
 * A round's difference is the work its queries caused, and whatever else
 * PostgreSQL did meanwhile (autovacuum, say).
 */
export function postgresCpu(): CpuMeter | null {
  if (!fs.existsSync('/proc/self/stat')) {
    return null;
  }

  return () => {
    let total = 0;

    for (const entry of fs.readdirSync('/proc')) {
      if (/^\d+$/.test(entry)) {
        total += statCpu(`/proc/${entry}/stat`, 'postgres', true) ?? 0;
      }
    }

    return total;
  };
}

/**
 * utime + stime from a stat file, if the process is still there, and with
 * `withEnded` also cutime + cstime: the ended children it has waited for.
 */
function statCpu(
  file: string,
  command?: string,
  withEnded = false,
): number | null {
  let stat: string;

  try {
    stat = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }

  // The command name may hold spaces; the fields start after ') '.
  const close = stat.lastIndexOf(') ');

  if (command && stat.slice(stat.indexOf('(') + 1, close) !== command) {
    return null;
  }

  const fields = stat.slice(close + 2).split(' ');

  const own = Number(fields[11]) + Number(fields[12]);
  const ended = withEnded ? Number(fields[13]) + Number(fields[14]) : 0;

  return (own + ended) * MS_PER_TICK;
}
