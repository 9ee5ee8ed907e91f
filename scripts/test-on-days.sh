#!/usr/bin/env bash
# Runs the whole suite (npm test) once per given day, with the tests' clock
# pinned to it (KPI_TEST_NOW; see tests/helpers/clock.ts), and stops at the
# first day that fails. The default days are the ones where dashboards lie:
# the first of a month, 1 January (the first of a quarter and a year), the
# first of a quarter, a Sunday (the last day of an ISO week) and 29 February.
#
#   scripts/test-on-days.sh                    # the default days
#   scripts/test-on-days.sh 2027-03-31 2027-04-01
#   npm run test:days -- 2027-03-31
#
# The app is built once (the first run builds if the sources changed); the
# other days reuse the build, since the day only changes the server's clock
# and the demo data, not the build.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  days=("$@")
else
  days=(2026-12-01 2027-01-01 2026-10-01 2026-11-29 2028-02-29)
fi

for day in "${days[@]}"; do
  echo
  echo "==== npm test with KPI_TEST_NOW=${day} ===="
  if ! KPI_TEST_NOW="${day}" npm test; then
    echo
    echo "FAILED on ${day}: rerun it with  KPI_TEST_NOW=${day} npm test" >&2
    exit 1
  fi
done
echo
echo "npm test passed on every day: ${days[*]}"
