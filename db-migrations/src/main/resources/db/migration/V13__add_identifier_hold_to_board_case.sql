-- Free text the identifier screen flagged and the centre saved anyway, with its reason: the flagged fields stay
-- hidden from the board until the board office has released them (or the centre has removed what was flagged).
alter table board_case
    add column identifier_hold_fields  varchar(2000),
    add column identifier_hold_reason  varchar(500),
    add column identifier_hold_by      varchar(100),
    add column identifier_released_by  varchar(100),
    add column identifier_released_at  timestamptz,
    add constraint board_case_identifier_hold_reason check (identifier_hold_fields is null or identifier_hold_reason is not null);
