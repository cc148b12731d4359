#!/usr/bin/env bash
# Sourced by the benchmark scripts: an empty PostgreSQL database for the test server, and the
# WEERBAAR_DB_* variables that point the server at it. Needs PostgreSQL on 127.0.0.1:5432 (user
# postgres, trust); creates the database when missing and empties its public schema.
#   . ear/src/bench/postgres-database.sh weerbaar_bench
bench_db=${1:?name of the database}
psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$bench_db'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $bench_db"
psql -h 127.0.0.1 -U postgres -d "$bench_db" -q -c 'drop schema if exists public cascade' -c 'create schema public' 2>/dev/null
export WEERBAAR_DB_DRIVER=postgresql WEERBAAR_DB_URL=jdbc:postgresql://127.0.0.1:5432/$bench_db \
       WEERBAAR_DB_USER=postgres WEERBAAR_DB_PASSWORD=postgres
