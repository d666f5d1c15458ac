package org.revisit.server.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.revisit.core.demo.DemoData;
import org.revisit.model.CallTask;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.model.TaskState;
import org.revisit.store.Store;

/**
 * The benchmark's work: contacts, each with one birthday call that is due now (and for the next eight hours), all
 * of one priority, so that every agent competes for the same first rows of the queue. The calls have no campaign:
 * they run the built-in birthday script.
 */
final class DueCalls {

	private static final int BATCH = 1000;
	private static final RevisitFactory F = RevisitFactory.eINSTANCE;

	private final Store store;
	private int added;

	DueCalls(Store store) {
		this.store = store;
	}

	/** How many calls were added so far. */
	int added() {
		return added;
	}

	/** Adds {@code n} contacts with a call due from an hour before {@code now}, in transactions of a thousand. */
	void add(int n, Instant now) {
		for (int done = 0; done < n; done += BATCH) {
			int size = Math.min(BATCH, n - done);
			int first = added;
			store.transaction(tx -> {
				List<Contact> contacts = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					contacts.add(contact(first + i));
				}
				store.contacts().insert(tx, contacts);
				List<CallTask> tasks = new ArrayList<>(size);
				for (Contact contact : contacts) {
					tasks.add(task(contact, now.minus(Duration.ofHours(1))));
				}
				store.tasks().insert(tx, tasks);
				return null;
			});
			added += size;
		}
	}

	/** How many calls are still open (planned, or claimed and not finished). */
	long open() {
		return store.counts().openTasks();
	}

	private static Contact contact(int i) {
		Contact c = F.createContact();
		c.setName("基准客户" + i);
		c.setTitle("经理");
		c.setCompany("北京基准科技有限公司");
		c.setTimeZone("Asia/Shanghai");
		c.setCustomerClass(CustomerClass.B);
		c.setStatus(ContactStatus.ACTIVE);
		PhoneNumber p = F.createPhoneNumber();
		p.setType(PhoneType.MOBILE);
		p.setNumber(String.format("139%08d", Integer.valueOf(i)));
		c.getPhones().add(p);
		return c;
	}

	private static CallTask task(Contact contact, Instant dueFrom) {
		CallTask t = F.createCallTask();
		t.setContact(contact);
		t.setCallTypeId(DemoData.BIRTHDAY);
		t.setDueFrom(Date.from(dueFrom));
		t.setDueTo(Date.from(dueFrom.plus(Duration.ofHours(9))));
		t.setPriority(40);
		t.setState(TaskState.PLANNED);
		return t;
	}
}
