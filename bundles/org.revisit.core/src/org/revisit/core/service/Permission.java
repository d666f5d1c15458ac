package org.revisit.core.service;

import org.revisit.model.Role;

/**
 * What a role may do; the server checks one of these before every operation (the local services do the same on
 * an embedded desktop, where the user is an administrator). The matrix is in docs/admin-guide.md.
 */
public enum Permission {
	/** See one's own queue, claim calls, answer, finish and release them; read the contacts one calls; edit a
	 * contact's details during a call. */
	CALL(Role.AGENT),
	/** Make supervision calls (服务监督). */
	SUPERVISION_CALLS(Role.SUPERVISOR),
	/** Read every contact and every outcome, not only one's own calls. */
	ALL_OUTCOMES(Role.SUPERVISOR),
	/** Give a call held by one agent to another, or back to the queue. */
	REASSIGN(Role.SUPERVISOR),
	/** Create, edit, pause campaigns. */
	CAMPAIGNS(Role.MANAGER),
	/** Import contacts and service events; add contacts. */
	IMPORT(Role.MANAGER),
	/** Export contacts. */
	EXPORT(Role.MANAGER),
	/** Run the planner. */
	PLAN(Role.MANAGER),
	/** Import and version scripts. */
	SCRIPTS(Role.MANAGER),
	/** Import holiday calendars. */
	CALENDARS(Role.MANAGER),
	/** Read results and reports; promise lists of the whole team. */
	RESULTS(Role.MANAGER),
	/** Read and export the audit trail. */
	AUDIT(Role.MANAGER),
	/** Add, disable, enable users, set their roles and passwords. */
	USERS(Role.ADMIN),
	/** Online backup and restore. */
	BACKUP(Role.ADMIN),
	/** Server and team settings (placeholders, budgets). */
	SETTINGS(Role.ADMIN),
	/** Add contacts, edit any contact, and change many contacts at once (assign an agent, tags, do-not-call). */
	CONTACTS(Role.MANAGER),
	/** Edit, import and export the answer library (everyone who calls reads it). */
	ANSWERS(Role.MANAGER);

	private final Role least;

	Permission(Role least) {
		this.least = least;
	}

	/** The least role that has this permission; every higher role has it too. */
	public Role least() {
		return least;
	}

	/** Whether {@code role} has this permission (roles are ordered agent < supervisor < manager < admin). */
	public boolean grantedTo(Role role) {
		return role != null && role.getValue() >= least.getValue();
	}
}
