-- Issue 15. choice_seed: the random seed from which an attempt's order of choices per decision is derived,
-- so a resumed attempt shows the same order and a new one another (attempts made before have none: file order).
-- content_en: the English text of a scenario version, stored with it (null: there is none, the Dutch is shown).
alter table attempt add column choice_seed bigint;
alter table scenario_version add column content_en varchar(200000);
