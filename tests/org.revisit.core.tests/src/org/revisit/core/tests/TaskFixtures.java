package org.revisit.core.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.revisit.core.demo.DemoData;
import org.revisit.model.CallTask;
import org.revisit.model.Contact;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
import org.revisit.store.Store;

/** Contacts with call tasks stored for claim tests. */
final class TaskFixtures {

	private TaskFixtures() {
	}

	/** Stores {@code n} contacts with one planned task each, due from {@code dueFrom}; returns the tasks. */
	static List<CallTask> plan(Store store, int n, Instant dueFrom, int priority) {
		return store.transaction(tx -> {
			List<Contact> contacts = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				contacts.add(StoreTest.contact("客户" + i, "先生"));
			}
			store.contacts().insert(tx, contacts);
			List<CallTask> tasks = new ArrayList<>();
			for (Contact contact : contacts) {
				tasks.add(task(contact, dueFrom, priority));
			}
			store.tasks().insert(tx, tasks);
			return tasks;
		});
	}

	static CallTask task(Contact contact, Instant dueFrom, int priority) {
		CallTask t = RevisitFactory.eINSTANCE.createCallTask();
		t.setContact(contact);
		t.setCallTypeId(DemoData.BIRTHDAY);
		t.setDueFrom(Date.from(dueFrom));
		t.setDueTo(Date.from(dueFrom.plus(Duration.ofHours(8))));
		t.setPriority(priority);
		t.setState(TaskState.PLANNED);
		return t;
	}
}
