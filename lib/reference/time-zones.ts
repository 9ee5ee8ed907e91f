// The IANA time zones this runtime knows, for pickers; Asia/Shanghai first,
// the default for the teams this app is made for.
export function timeZoneOptions(): string[] {
  const all = Intl.supportedValuesOf("timeZone");
  const rest = all.filter((tz) => tz !== "Asia/Shanghai" && tz !== "UTC");
  return ["Asia/Shanghai", "UTC", ...rest];
}
