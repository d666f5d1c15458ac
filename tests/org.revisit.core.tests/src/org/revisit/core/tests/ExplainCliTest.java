package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revisit.cli.internal.Cli;
import org.revisit.model.Contact;
import org.revisit.model.PhoneType;
import org.revisit.store.Store;
import org.revisit.store.StoreConfig;

/** {@code cli explain} names the contact by its id or by a phone number, as an agent has one or the other. */
class ExplainCliTest extends CliTestSupport {

	@TempDir
	Path dir;
	private String data;
	private Contact wang;
	private Contact li;
	private Contact zhao;

	@BeforeEach
	void contacts() {
		try (Store store = Store.open(StoreConfig.embedded(dir.resolve("db")))) {
			wang = StoreTest.contact("王伟", "先生");
			wang.getPhones().clear();
			wang.getPhones().add(StoreTest.phone(PhoneType.MOBILE, "13912345678"));
			wang.getPhones().add(StoreTest.phone(PhoneType.OFFICE, "0755-97843279"));
			// two contacts of one household share a number
			li = StoreTest.contact("李娜", "女士");
			zhao = StoreTest.contact("赵敏", "女士");
			store.contacts().insert(List.of(wang, li, zhao));
		}
		data = dir.resolve("db").toString();
	}

	@Test
	void aPhoneNumberAsPeopleWriteItFindsItsContact() {
		for (String number : List.of("13912345678", "+86 139-1234-5678", "139 1234 5678", "0755-97843279")) {
			assertEquals(0, run("explain", number, "--json", "--data", data), number + ": " + err());
			assertEquals((double) wang.getId(), ((Map<?, ?>) JsonCheck.parse(out())).get("contact"), number);
		}
	}

	@Test
	void anIdIsAnIdWithOrWithoutItsHash() {
		assertEquals(0, run("explain", Long.toString(li.getId()), "--data", data), err());
		assertTrue(out().startsWith("李娜 (#" + li.getId() + ")"), out());
		assertEquals(0, run("explain", "#" + zhao.getId(), "--data", data), err());
		assertTrue(out().startsWith("赵敏 (#" + zhao.getId() + ")"), out());
	}

	@Test
	void aNumberOfNobodyOrOfSeveralIsOneLineAndExitOne() {
		assertEquals(Cli.FAILED, run("explain", "13700000000", "--data", data));
		assertOneLine("no contact has the phone number 13700000000");
		assertEquals(Cli.FAILED, run("explain", "138-0013-8000", "--data", data));
		assertOneLine("belongs to 2 contacts (#" + li.getId() + ", #" + zhao.getId() + "); name one by its id");
		assertEquals(Cli.FAILED, run("explain", "#99999", "--data", data));
		assertOneLine("there is no contact #99999");
		assertEquals("", out());
	}

	@Test
	void somethingThatIsNeitherIsAWrongCommandLine() {
		assertEquals(Cli.USAGE, run("explain", "王伟", "--data", data));
		assertOneLine("CONTACT must be a contact id or a phone number, not '王伟'");
		assertEquals(Cli.USAGE, run("explain", "--data", data));
		assertOneLine("give one CONTACT");
	}

	private void assertOneLine(String expected) {
		String e = err();
		assertTrue(e.contains(expected), "stderr should mention '" + expected + "': " + e);
		assertEquals(1, e.strip().lines().count(), "one line: " + e);
	}
}
