-- Schema version 28: three indexes of contact that no query reads any more, dropped because an import pays for every
-- index of contact (Derby's bulk insert feeds each one a sort of all the rows; docs/benchmarks.md, "Fewer indexes on
-- contact"). contact_name (V1) and contact_name_id (V13, the name sort's until the pinyin key's index
-- contact_name_key_id of V18 took it over): no query filters or sorts by the name itself, and the search matches
-- LOWER(name) LIKE '%...%', which no index helps. contact_birthday (V1): the planner reads every contact in id order
-- and finds the birthdays in Java.
DROP INDEX contact_name;
DROP INDEX contact_name_id;
DROP INDEX contact_birthday;
