# Sourced by bench/load and bench/faults: one packaged instance on a fresh PostgreSQL database, and a small
# school day set up through the API the way a village would (coordinator, school, calendar, sponsor, minibus,
# driver with a login, a family of children, a published plan, today's runs, the driver's morning run started).
# Callers set: db, port, work (a scratch folder), and call stop_service / drop_database from their EXIT trap.

jar=target/quarkus-app/quarkus-run.jar
admin_password=steady-harbour-secret-7
password=quiet-river-stones-2026
base="http://localhost:$port"
service_pid=

sql() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

fresh_database() {
  [ -f "$jar" ] || { echo "No $jar: package the service for PostgreSQL first (see README, Load and faults)"; exit 1; }
  psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
}

drop_database() {
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
}

# The prepared graph of the demo map, kept in target/ between runs; the tests' cache is reused when present.
shared_graph() {
  local dir=target/bench-graph-cache
  mkdir -p "$dir"
  if [ -z "$(ls -A "$dir")" ] && [ -d target/graph-cache ]; then cp -r target/graph-cache/. "$dir/"; fi
  echo "$dir"
}

start_service() { # graph-dir log
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD= QUARKUS_HTTP_PORT=$port SHUTTLE_ACCOUNTS_ADMIN_PASSWORD=$admin_password \
  SHUTTLE_ROUTING_GRAPH_DIR="$1" QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=bench-session-key-0123456789abcdef \
    setsid java ${JAVA_OPTS:-} -jar "$jar" >"$2" 2>&1 &
  service_pid=$!
  disown "$service_pid"
}

stop_service() {
  if [ -n "$service_pid" ]; then kill -9 "$service_pid" 2>/dev/null || true; service_pid=; fi
}

await_ready() { # seconds; prints the seconds it took
  local t0; t0=$(date +%s)
  for _ in $(seq 1 "$1"); do
    if curl -fsS -m 2 "$base/q/health/ready" >/dev/null 2>&1; then echo $(( $(date +%s) - t0 )); return 0; fi
    [ -n "$service_pid" ] && ! kill -0 "$service_pid" 2>/dev/null && return 1
    sleep 1
  done
  return 1
}

api() { # user password method path [json]
  local out status
  out=$(curl -sS -m 60 -u "$1:$2" -X "$3" -H 'Content-Type: application/json' ${5:+-d "$5"} \
    -w '\n%{http_code}' "$base$4")
  status=${out##*$'\n'}
  if [ "${status:0:1}" != 2 ]; then echo "$3 $4 answered $status: ${out%$'\n'*}" >&2; return 1; fi
  echo "${out%$'\n'*}"
}

# Sets: village school coordinator driver parent children (space separated) run_id run_child
set_up_school_day() { # number-of-children
  local today weekend plan status draft code dow
  today=$(TZ=Asia/Shanghai date +%F)
  dow=$(TZ=Asia/Shanghai date +%u)
  village=$(api admin "$admin_password" POST /api/v1/villages \
    '{"nameZh":"压测村","nameEn":"Bench village","centre":{"lat":30.30,"lon":112.20}}' | jq -r .id)
  coordinator=bench-coordinator
  api admin "$admin_password" POST /api/v1/accounts/coordinators \
    "{\"username\":\"$coordinator\",\"displayName\":\"Bench coordinator\",\"password\":\"$password\",\"villageIds\":[$village]}" >/dev/null
  school=$(api "$coordinator" "$password" POST /api/v1/schools "{\"villageId\":$village,\"nameZh\":\"青石镇中心小学\",
    \"nameEn\":\"Qingshi Central Primary School\",\"location\":{\"lat\":30.30125,\"lon\":112.19625},\"morningBell\":\"08:00\",
    \"afternoonDismissal\":\"16:30\",\"lowestGrade\":1,\"highestGrade\":6}" | jq -r .id)
  # Today is a school day whatever the weekday: a weekend day becomes a make-up day.
  weekend='[]'
  [ "$dow" -ge 6 ] && weekend="[{\"date\":\"$today\"}]"
  api "$coordinator" "$password" PUT "/api/v1/schools/$school/calendar" "{\"terms\":[{\"name\":\"Term\",
    \"startsOn\":\"$(date -d "$today - 30 days" +%F)\",\"endsOn\":\"$(date -d "$today + 60 days" +%F)\"}],\"makeUpDays\":$weekend}" >/dev/null
  sponsor=$(api "$coordinator" "$password" POST /api/v1/sponsors \
    "{\"villageId\":$village,\"kind\":\"COMPANY\",\"name\":\"爱心企业\"}" | jq -r .id)
  api "$coordinator" "$password" POST /api/v1/vehicles "{\"villageId\":$village,\"plate\":\"鄂B·12345\",\"kind\":\"MINIBUS\",
    \"childSeats\":14,\"wheelchairPlaces\":0,\"boosterSeats\":0,\"inspectionExpiry\":\"$(date -d '+1 year' +%F)\",
    \"insuranceExpiry\":\"$(date -d '+1 year' +%F)\",\"ownerSponsorId\":$sponsor}" >/dev/null
  local driver_id
  driver_id=$(api "$coordinator" "$password" POST /api/v1/drivers "{\"villageId\":$village,\"givenName\":\"建国\",
    \"familyName\":\"李\",\"phone\":\"13900000001\",\"kind\":\"VOLUNTEER\",\"licenceClass\":\"c1\",\"licenceExpiry\":\"2030-06-30\",
    \"backgroundCheckOn\":\"2025-01-10\",\"backgroundCheckExpiry\":\"2028-01-10\",\"trainingOn\":\"2025-02-01\",
    \"home\":{\"lat\":30.31,\"lon\":112.21}}" | jq -r .id)
  code=$(api "$coordinator" "$password" POST "/api/v1/drivers/$driver_id/invitation" | jq -r .code)
  driver=bench-driver
  curl -fsS -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"username\":\"$driver\",\"password\":\"$password\"}" \
    "$base/api/v1/invitations/accept" >/dev/null
  curl -fsS -H 'Content-Type: application/json' -d "{\"givenName\":\"明\",\"familyName\":\"王\",\"phone\":\"13800000001\",
    \"password\":\"$password\",\"acceptPrivacyNotice\":true}" "$base/api/v1/accounts/parents" >/dev/null
  parent=+8613800000001
  children=
  for i in $(seq 1 "$1"); do
    # Homes along the lane of Liuhe Village, 3.3 km north of the school: too far to walk.
    local lat lon
    lat=$(awk -v i="$i" 'BEGIN { printf "%.6f", 30.329678 + (i % 5) * 0.0002 }')
    lon=$(awk -v i="$i" 'BEGIN { printf "%.6f", 112.187501 + int(i / 5) * 0.0002 }')
    children="$children $(api "$parent" "$password" POST /api/v1/children "{\"givenName\":\"小$i\",\"familyName\":\"李\",
      \"birthDate\":\"$(date -d '-9 years' +%F)\",\"grade\":3,\"schoolId\":$school,\"homePin\":{\"lat\":$lat,\"lon\":$lon}}" | jq -r .id)"
  done
  plan=$(api "$coordinator" "$password" POST "/api/v1/schools/$school/plans" '{"solverSeconds":1}' | jq -r .id)
  for _ in $(seq 1 120); do
    draft=$(api "$coordinator" "$password" GET "/api/v1/plans/$plan")
    status=$(jq -r .status <<<"$draft")
    [ "$status" != RUNNING ] && break
    sleep 1
  done
  [ "$status" = DRAFT ] || { echo "the plan ended $status: $draft" >&2; return 1; }
  api "$coordinator" "$password" POST "/api/v1/plans/$plan/publish" >/dev/null
  for route in $(jq -r '.routes[].id' <<<"$draft"); do
    api "$coordinator" "$password" PUT "/api/v1/routes/$route" \
      "{\"driverId\":$driver_id,\"fundingModel\":\"SOCIAL_ORGANISATION\",\"sponsorIds\":[$sponsor]}" >/dev/null
  done
  api "$coordinator" "$password" POST "/api/v1/schools/$school/runs" "{\"date\":\"$today\"}" >/dev/null
  local runs
  runs=$(api "$driver" "$password" GET /api/v1/driver/runs)
  run_id=$(jq -r '[.[] | select(.direction == "TO_SCHOOL")][0].id' <<<"$runs")
  api "$driver" "$password" POST "/api/v1/runs/$run_id/start" '{}' >/dev/null
  run_child=$(api "$driver" "$password" GET "/api/v1/runs/$run_id" | jq -r '[.. | objects | select(has("childId")) | .childId][0]')
  [ -n "$run_child" ] && [ "$run_child" != null ] || { echo "the run has no child" >&2; return 1; }
}
