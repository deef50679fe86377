-- Which components of the recommendation given were given (issue 14): for "high-risk relapse protocol and
-- blinatumomab" the centre reports both, or only one. Component numbers from 1 in the advice's order,
-- comma-separated; empty for a recommendation of one component and for reports from before.
alter table follow_up
    add column components_given varchar(40) not null default '';
