-- The role the application connects as (see README, "Database roles"); migration V12 grants its rights.
create role board_app login password 'board_app';
