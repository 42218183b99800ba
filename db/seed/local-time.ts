const timeZone = "Europe/Amsterdam";

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });

function offsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The instant of `hour:minute` Groningen time, `dayOffset` calendar days after `base`, whatever the server's zone. */
export function groningenTime(base: Date, dayOffset: number, hour: number, minute = 0): Date {
  const day = dateFormat.format(new Date(base.getTime() + dayOffset * 86_400_000));
  const wallClockAsUtc = new Date(`${day}T${pad(hour)}:${pad(minute)}:00Z`);
  return new Date(wallClockAsUtc.getTime() - offsetMinutes(wallClockAsUtc) * 60_000);
}
