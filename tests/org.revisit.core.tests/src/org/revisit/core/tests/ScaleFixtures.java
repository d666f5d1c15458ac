package org.revisit.core.tests;

import java.util.ArrayList;
import java.util.List;

import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.store.Store;

/**
 * Many contacts, fast: plain contacts inserted in batches of 10,000 in one transaction (no history, no planning),
 * for tests of pages and bulk changes at scale. Contact {@code i} (from 0) has class A, B, C in turn, agent
 * {@code agent1}..{@code agent5} in turn, the tag VIP when {@code i % 10 == 0}, and is on do-not-call when
 * {@code i % 50 == 7}.
 */
final class ScaleFixtures {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚";

	private ScaleFixtures() {
	}

	static void insert(Store store, int count) {
		RevisitFactory f = RevisitFactory.eINSTANCE;
		store.transaction(tx -> {
			List<Contact> batch = new ArrayList<>(10_000);
			for (int i = 0; i < count; i++) {
				Contact contact = f.createContact();
				contact.setName(SURNAMES.charAt(i * 7 % SURNAMES.length()) + "" + GIVEN.charAt(i * 13 % GIVEN.length())
						+ GIVEN.charAt(i / 20 % GIVEN.length()));
				contact.setCompany("公司" + (i * 7919L % 100_003));
				contact.setTimeZone("Asia/Shanghai");
				contact.setCustomerClass(CustomerClass.get(i % 3));
				contact.setStatus(ContactStatus.ACTIVE);
				contact.setOwningAgent("agent" + (1 + i % 5));
				contact.setDoNotCall(i % 50 == 7);
				PhoneNumber mobile = f.createPhoneNumber();
				mobile.setType(PhoneType.MOBILE);
				mobile.setNumber(Long.toString(13_800_000_000L + i));
				contact.getPhones().add(mobile);
				if (i % 10 == 0) {
					contact.getTags().add("VIP");
				}
				batch.add(contact);
				if (batch.size() == 10_000 || i == count - 1) {
					store.contacts().insert(tx, batch);
					batch.clear();
				}
			}
			return null;
		});
	}
}
