-- Schema version 13: indexes for the contacts table of the workbench, sorted and filtered in the database.
-- Each index ends with the id, the tie-breaker of every sort, so a page's ids are read from the index alone.
CREATE INDEX contact_name_id ON contact(name, id);
CREATE INDEX contact_company_id ON contact(company, id);
CREATE INDEX contact_agent_id ON contact(owning_agent, id);
CREATE INDEX contact_class_id ON contact(customer_class, id);
