#!/usr/bin/env bash
# Make sure the local PostgreSQL and Redis the tests use are up; start them if not; fail loudly otherwise.
set -uo pipefail
pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! pg_up; then
  echo "PostgreSQL is down; starting it…"
  if command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
  fi
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
fi
pg_up || { echo "FATAL: PostgreSQL is not reachable on 127.0.0.1:5432 and could not be started." >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1" >/dev/null \
  || { echo "FATAL: cannot log in to PostgreSQL as postgres (trust auth expected)." >&2; exit 1; }

if ! redis_up; then
  echo "Redis is down; starting it…"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
  for _ in $(seq 1 20); do redis_up && break; sleep 0.5; done
fi
redis_up || { echo "FATAL: Redis is not reachable on 127.0.0.1:6379 and could not be started." >&2; exit 1; }
echo "services: PostgreSQL and Redis are up"
