package org.revisit.store;

import java.time.Instant;

/**
 * One entry of the audit trail: an action someone took (a login, a claim, an import) or one field of a record
 * they changed ({@link AuditActions#EDIT} with the field's value before and after).
 *
 * @param at when
 * @param user who: the user acting, or for a failed login the name that was tried
 * @param action what kind of action ({@link AuditActions})
 * @param entity the kind of record concerned ("Contact", "User"...), or {@code null}
 * @param id the id of that record, or {@code null}
 * @param field the field changed, or {@code null}
 * @param before its value before, or {@code null}
 * @param after its value after, or {@code null}
 * @param detail a text for people, or {@code null}
 * @param from where the user was (the client's address), or {@code null} when not known
 */
public record AuditRecord(Instant at, String user, String action, String entity, Long id, String field, String before,
		String after, String detail, String from) {
}
