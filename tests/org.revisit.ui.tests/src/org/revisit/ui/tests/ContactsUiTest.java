package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.revisit.core.service.Services;
import org.revisit.model.CalendarKind;
import org.revisit.model.Contact;
import org.revisit.model.ContactStatus;
import org.revisit.model.CustomerClass;
import org.revisit.model.PhoneNumber;
import org.revisit.model.PhoneType;
import org.revisit.model.RevisitFactory;
import org.revisit.store.AuditActions;
import org.revisit.store.ContactBulk;
import org.revisit.store.ContactFilter;
import org.revisit.store.ContactQueries;
import org.revisit.store.Store;
import org.revisit.ui.contacts.BulkJob;
import org.revisit.ui.contacts.ContactDialog;
import org.revisit.ui.contacts.ContactPageReader;
import org.revisit.ui.contacts.ContactsImportWizard;
import org.revisit.ui.contacts.ImportWizard;
import org.revisit.ui.views.ContactsView;

/**
 * The contacts in the workbench: the contact form adds a contact (lunar birthday in a leap month, do-not-call
 * with its reason); the Contacts view filters in the database and assigns an agent to a whole filter and tags
 * a selection in jobs; the import wizard reads a GBK file with Chinese headers, maps its columns, lists the
 * rejects of its dry run and imports. Each test removes the contacts it added, as the other tests count the
 * demo contacts.
 */
class ContactsUiTest {

	/** Contacts the bulk test adds (as the headless ContactPagesScaleTest does), a multiple of 3. */
	private static final int BULK_CONTACTS = 99_999;

	static void waitFor(BooleanSupplier condition, String what, long seconds) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
	}

	private static Shell shell() {
		return AgentDesk.page().getWorkbenchWindow().getShell();
	}

	private static void select(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void check(Button box, boolean on) {
		box.setSelection(on);
		box.notifyListeners(SWT.Selection, new Event());
	}

	private static void delete(Store store, List<Long> ids) {
		store.inTransaction(c -> {
			for (String sql : List.of("DELETE FROM call_task WHERE contact_id = ?", "DELETE FROM contact WHERE id = ?")) {
				try (PreparedStatement p = c.prepareStatement(sql)) {
					for (long id : ids) {
						p.setLong(1, id);
						p.addBatch();
					}
					p.executeBatch();
				}
			}
			return null;
		});
	}

	private static List<Long> idsOf(Store store, ContactFilter filter) {
		List<Long> ids = new ArrayList<>();
		store.reading(tx -> {
			ContactQueries.forEachId(tx, filter, ids::add);
			return null;
		});
		return ids;
	}

	@Test
	void theContactFormAddsAContactWithALunarLeapMonthBirthdayAndDoNotCall() {
		Services services = AgentDesk.services();
		Store store = AgentDesk.store();
		ContactDialog form = new ContactDialog(shell(), services, null);
		form.setBlockOnOpen(false);
		form.open();
		try {
			assertTrue(!form.getOkButton().isEnabled(), "a contact without a name cannot be saved");
			form.getNameText().setText("欧阳娜娜");
			((Text) form.getPhoneEditors().get(0)[1]).setText("12");
			assertTrue(!form.getOkButton().isEnabled(), "a two-digit mobile number is refused as you type");
			((Text) form.getPhoneEditors().get(0)[1]).setText("13912345678");
			var birthday = form.getBirthdayEditors();
			select((Combo) birthday[0], 2);
			((Spinner) birthday[1]).setSelection(4);
			((Spinner) birthday[2]).setSelection(18);
			check((Button) birthday[3], true);
			var dnc = form.getDoNotCallEditors();
			check((Button) dnc[0], true);
			((Text) dnc[1]).setText("客户要求不再来电");
			assertTrue(form.getOkButton().isEnabled(), "the form is valid now");
			form.getOkButton().notifyListeners(SWT.Selection, new Event());
			waitFor(() -> form.getSaved() != null, "the contact is saved", 20);
		} finally {
			form.close();
		}
		Contact saved = store.contacts().find(form.getSaved().getId());
		try {
			assertEquals("欧阳娜娜", saved.getName());
			assertEquals(CalendarKind.LUNAR, saved.getBirthday().getCalendar());
			assertTrue(saved.getBirthday().isLeapMonth());
			assertEquals(4, saved.getBirthday().getMonth());
			assertTrue(saved.isDoNotCall());
			assertEquals("客户要求不再来电", saved.getDoNotCallSource());
			assertNotNull(saved.getDoNotCallDate());
		} finally {
			delete(store, List.of(saved.getId()));
		}
	}

	/**
	 * 100,000 contacts: the Contacts view filters them (class B, a tag) in the database, all rows are selected, and
	 * Assign Agent\u2026 of the context menu is answered as a manager does (the whole filter, then the agent); the job
	 * changes exactly the contacts of the filter, in one transaction with one audit record of the bulk change.
	 */
	@Test
	void bulkAssignOnAFilteredSelectionOf100000ContactsAndTagOnChosenRows() throws Exception {
		Services services = AgentDesk.services();
		Store store = AgentDesk.store();
		String tag = "批量测试";
		long started = System.nanoTime();
		insert(store, tag);
		long inserted = System.nanoTime();
		IWorkbenchPage page = AgentDesk.page();
		ContactsView view = (ContactsView) page.showView(ContactsView.ID);
		Table table = view.getViewer().getTable();
		ContactFilter tagged = ContactFilter.all().narrowedTo(null, tag, null, null, null);
		ContactFilter classB = ContactFilter.all().narrowedTo(CustomerClass.B, tag, null, null, null);
		long expected = idsOf(store, classB).size();
		assertEquals(BULK_CONTACTS / 3, expected, "every third contact is of class B");
		String user = services.principal().user();
		long bulkAudits = services.audit().count(null, null, user, AuditActions.CONTACTS_BULK);
		List<BulkJob> jobs = new ArrayList<>();
		IJobChangeListener scheduled = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (event.getJob() instanceof BulkJob bulk) {
					synchronized (jobs) {
						jobs.add(bulk);
					}
				}
			}
		};
		Job.getJobManager().addJobChangeListener(scheduled);
		try {
			view.getFilterBar().getTagText().setText(tag);
			select(view.getFilterBar().getClassCombo(), 2);
			waitFor(() -> table.getItemCount() == expected, "the table shows the " + expected + " contacts of class B "
					+ "tagged " + tag + " (now " + table.getItemCount() + ")", 60);
			assertEquals(classB, view.getQuery().withText(null), "the view filters in the database");

			// Select all, then Assign Agent...: "all N contacts of the filter", agent zhou.
			waitFor(() -> table.getItem(0).getData() instanceof Contact, "the first rows are read", 30);
			table.selectAll();
			String wholeFilter = NLS.bind(org.revisit.ui.contacts.Messages.Bulk_filter, Long.valueOf(expected));
			answer(MessageDialog.class, shell -> press(shell, wholeFilter));
			answer(InputDialog.class, shell -> {
				editable(shell).setText("zhou");
				press(shell, IDialogConstants.OK_LABEL);
			});
			long assigning = System.nanoTime();
			view.getActions().assignAction().run();
			synchronized (jobs) {
				assertEquals(1, jobs.size(), "the dialogs are answered and the job started");
			}
			waitFor(() -> {
				synchronized (jobs) {
					return jobs.size() == 1 && jobs.get(0).getResult() != null;
				}
			}, "the bulk assignment ends", 300);
			BulkJob assign = jobs.get(0);
			long assigned = System.nanoTime();
			assertTrue(assign.getResult().isOK(), assign.getResult().getMessage());
			assertEquals(expected, assign.getReport().changed());
			assertEquals(expected, idsOf(store, classB.narrowedTo(CustomerClass.B, tag, "zhou", null, null)).size());
			assertEquals(expected, idsOf(store, tagged.narrowedTo(null, tag, "zhou", null, null)).size(),
					"exactly the contacts of the filter changed");
			assertEquals(0, idsOf(store, ContactFilter.all().narrowedTo(CustomerClass.A, tag, "zhou", null, null)).size(),
					"the contacts outside the filter keep their agent");
			assertEquals(bulkAudits + 1, services.audit().count(null, null, user, AuditActions.CONTACTS_BULK),
					"one audit record of the bulk change");
			System.out.printf("ContactsUiTest: %,d contacts inserted in %,d ms; %,d of them assigned through the view in %,d ms%n",
					BULK_CONTACTS, (inserted - started) / 1_000_000, expected, (assigned - assigning) / 1_000_000);

			waitFor(() -> table.getItemCount() > 3 && table.getItem(2).getData() instanceof Contact, "rows are shown", 30);
			table.setSelection(0, 2);
			List<Long> chosen = List.of(0, 1, 2).stream().map(i -> ((Contact) table.getItem(i).getData()).getId()).toList();
			BulkJob tagging = view.getActions().run(new ContactBulk(ContactBulk.Kind.ADD_TAG, "已选"), chosen, "tag");
			waitFor(() -> tagging.getResult() != null, "the tagging ends", 60);
			for (long id : chosen) {
				assertTrue(store.contacts().find(id).getTags().contains("已选"));
			}
			assertEquals(3, idsOf(store, ContactFilter.all().narrowedTo(null, "已选", null, null, null)).size());
		} finally {
			Job.getJobManager().removeJobChangeListener(scheduled);
			view.getFilterBar().getTagText().setText("");
			select(view.getFilterBar().getClassCombo(), 0);
			delete(store, idsOf(store, tagged));
			waitFor(() -> table.getItemCount() == store.contacts().count(), "the view shows every contact again", 60);
		}
	}

	/**
	 * Answers the next dialog of {@code type} that opens (the answer runs in the dialog's own event loop, as the
	 * manager's clicks do); a failing answer closes the dialog, so the test fails instead of waiting.
	 */
	static void answer(Class<?> type, Consumer<Shell> answer) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell s : display.getShells()) {
				if (type.isInstance(s.getData()) && s.isVisible()) {
					try {
						answer.accept(s);
					} finally {
						if (!s.isDisposed()) {
							s.close();
						}
					}
					return;
				}
			}
			if (System.nanoTime() < deadline) {
				display.timerExec(100, poll[0]);
			}
		};
		display.timerExec(100, poll[0]);
	}

	/** Presses the button of {@code shell} labelled {@code label}. */
	static void press(Composite shell, String label) {
		Button button = find(shell, Button.class, b -> label.equals(b.getText()));
		assertNotNull(button, "a button " + label);
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Text editable(Composite shell) {
		return find(shell, Text.class, t -> t.getEditable());
	}

	private static <T extends Control> T find(Composite parent, Class<T> type, Predicate<T> which) {
		for (Control c : parent.getChildren()) {
			if (type.isInstance(c) && which.test(type.cast(c))) {
				return type.cast(c);
			}
			if (c instanceof Composite inner) {
				T found = find(inner, type, which);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** {@link #BULK_CONTACTS} contacts carrying {@code tag}, classes A, B, C in turn, inserted 10,000 at a time. */
	private static void insert(Store store, String tag) {
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < BULK_CONTACTS; i++) {
			Contact c = RevisitFactory.eINSTANCE.createContact();
			c.setName("批量" + i);
			c.setCompany("测试公司" + (i % 97));
			c.setTimeZone("Asia/Shanghai");
			c.setStatus(ContactStatus.ACTIVE);
			c.setCustomerClass(CustomerClass.get(i % 3));
			c.setOwningAgent("agent" + (1 + i % 5));
			PhoneNumber p = RevisitFactory.eINSTANCE.createPhoneNumber();
			p.setType(PhoneType.MOBILE);
			p.setNumber(Long.toString(15_900_000_000L + i));
			c.getPhones().add(p);
			c.getTags().add(tag);
			contacts.add(c);
			if (contacts.size() == 10_000) {
				store.contacts().insert(contacts);
				contacts.clear();
			}
		}
		if (!contacts.isEmpty()) {
			store.contacts().insert(contacts);
		}
	}

	@Test
	void theImportWizardReadsAGbkFileWithChineseHeaders() throws Exception {
		Store store = AgentDesk.store();
		Path dir = Files.createTempDirectory("revisit-import");
		Path file = dir.resolve("客户名单.csv");
		String csv = "姓名,手机,单位,客户级别,标签,备注\r\n" + "郑爽,13700001111,杭州金桥软件有限公司,A,重点客户,老客户\r\n"
				+ "冯巩,12345,北京天合科技有限公司,B,,号码不全\r\n" + "韩梅梅,13700002222,南京远航电子有限公司,C,,\r\n";
		Files.write(file, csv.getBytes(Charset.forName("GBK")));
		ImportWizard wizard = new ContactsImportWizard();
		wizard.init(AgentDesk.services());
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.getFilePage().getPathText().setText(file.toString());
			waitFor(() -> wizard.getFilePage().isPageComplete(), "the first rows are shown", 20);
			assertTrue(wizard.getFilePage().getEncodingLabel().getText().contains("GBK"),
					wizard.getFilePage().getEncodingLabel().getText());
			Table rows = wizard.getFilePage().getRowsTable();
			assertEquals(3, rows.getItemCount());
			assertEquals("郑爽", rows.getItem(0).getText(0), "decoded from GBK");
			assertEquals("姓名", rows.getColumn(0).getText());

			dialog.showPage(wizard.getMappingPage());
			List<Combo> combos = wizard.getMappingPage().getCombos();
			assertEquals(6, combos.size());
			assertTrue(combos.get(0).getText().startsWith("name"), combos.get(0).getText());
			assertTrue(combos.get(1).getText().startsWith("mobile"), combos.get(1).getText());
			assertTrue(combos.get(3).getText().startsWith("customer_class"), combos.get(3).getText());
			assertEquals(0, combos.get(5).getSelectionIndex(), "备注 matches no column: ignored");
			assertTrue(wizard.getMappingPage().isPageComplete());

			dialog.showPage(wizard.getCheckPage());
			waitFor(() -> wizard.getCheckPage().getReport() != null, "the dry run is done", 30);
			assertEquals(2, wizard.getCheckPage().getReport().valid());
			assertEquals(1, wizard.getCheckPage().getReport().rejected());
			Table rejects = wizard.getCheckPage().getRejectsTable();
			assertEquals(1, rejects.getItemCount());
			assertEquals("3", rejects.getItem(0).getText(0), "the reject's line");
			String reason = rejects.getItem(0).getText(2);
			assertTrue(reason.contains("'12345'"), reason);
			assertEquals(org.eclipse.core.runtime.Platform.getNL().startsWith("zh"), reason.codePoints()
					.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
					"the reason is in the workbench's language: " + reason);
			assertEquals(0, idsOf(store, ContactFilter.all().withText("郑爽")).size(), "the dry run stored nothing");

			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		Job job = wizard.getJob();
		waitFor(() -> job.getResult() != null, "the import ends", 60);
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
		List<Long> imported = new ArrayList<>(idsOf(store, ContactFilter.all().withText("郑爽")));
		imported.addAll(idsOf(store, ContactFilter.all().withText("韩梅梅")));
		try {
			assertEquals(2, imported.size());
			assertEquals(List.of("重点客户"), store.contacts().find(imported.get(0)).getTags());
			Path rejectsFile = dir.resolve("客户名单.rejects.csv");
			assertTrue(Files.exists(rejectsFile), "the rejected rows are saved next to the file");
			assertTrue(new String(Files.readAllBytes(rejectsFile), java.nio.charset.StandardCharsets.UTF_8).contains("冯巩"));
		} finally {
			delete(store, imported);
		}
	}

	@Test
	void theTableReadsItsPagesByKeysetWhenScrollingAndFromTheEnd() {
		Store store = AgentDesk.store();
		String tag = "翻页测试";
		List<Contact> contacts = new ArrayList<>();
		String names = "王李张刘陈杨黄赵吴周";
		for (int i = 0; i < 95; i++) {
			Contact c = RevisitFactory.eINSTANCE.createContact();
			c.setName(i % 9 == 4 ? "Lee " + i : names.charAt(i % 10) + "" + names.charAt(i / 10 % 10));
			c.setCompany(i % 4 == 0 ? null : "公司" + (i % 6));
			c.setTimeZone("Asia/Shanghai");
			c.setStatus(ContactStatus.ACTIVE);
			c.setCustomerClass(CustomerClass.get(i % 3));
			PhoneNumber p = RevisitFactory.eINSTANCE.createPhoneNumber();
			p.setType(PhoneType.MOBILE);
			p.setNumber(Long.toString(15_800_000_000L + i));
			c.getPhones().add(p);
			c.getTags().add(tag);
			contacts.add(c);
		}
		store.contacts().insert(contacts);
		Services services = AgentDesk.services();
		try {
			for (ContactFilter.Sort sort : List.of(ContactFilter.Sort.NAME, ContactFilter.Sort.COMPANY)) {
				ContactFilter f = ContactFilter.all().narrowedTo(null, tag, null, null, null).sortedBy(sort, true);
				int size = 10;
				List<Long> expected = services.contacts().query(f, 0, 200).stream().map(Contact::getId).toList();
				// scrolling down from the first page
				ContactPageReader down = new ContactPageReader(services.contacts(), f, expected.size(),
						services.contacts().query(f, 0, size));
				List<Long> seen = new ArrayList<>(expected.subList(0, size));
				for (long offset = size; offset < expected.size(); offset += size) {
					down.read(offset, size).forEach(c -> seen.add(c.getId()));
				}
				assertEquals(expected, seen, sort + ": the pages scrolled down");
				assertEquals(0, down.offsetReads(), "no page read by offset");
				// the End key, then scrolling up
				ContactPageReader up = new ContactPageReader(services.contacts(), f, expected.size(), null);
				List<Long> back = new ArrayList<>();
				for (long offset = 90; offset >= 0; offset -= size) {
					back.addAll(0, up.read(offset, size).stream().map(Contact::getId).toList());
				}
				assertEquals(expected, back, sort + ": the last page, then the pages above");
				assertEquals(0, up.offsetReads(), "no page read by offset");
				// a jump into the middle reads by offset
				assertEquals(expected.subList(40, 50), up.read(40, size).stream().map(Contact::getId).toList());
				ContactPageReader jump = new ContactPageReader(services.contacts(), f, expected.size(), null);
				assertEquals(expected.subList(40, 50), jump.read(40, size).stream().map(Contact::getId).toList());
				assertEquals(1, jump.offsetReads());
				// ascending: down by keyset, but up and the last page by offset (Derby sorts a descending order)
				ContactFilter asc = f.sortedBy(sort, false);
				List<Long> ascending = services.contacts().query(asc, 0, 200).stream().map(Contact::getId).toList();
				ContactPageReader plain = new ContactPageReader(services.contacts(), asc, ascending.size(), null);
				List<Long> all = new ArrayList<>();
				for (long offset = 90; offset >= 0; offset -= size) {
					all.addAll(0, plain.read(offset, size).stream().map(Contact::getId).toList());
				}
				assertEquals(ascending, all);
				assertEquals(10, plain.offsetReads());
				all.clear();
				for (long offset = 0; offset < ascending.size(); offset += size) {
					plain.read(offset, size).forEach(c -> all.add(c.getId()));
				}
				assertEquals(ascending, all);
				assertEquals(11, plain.offsetReads(), "the first page again by offset, the pages below it by keyset");
			}
		} finally {
			delete(store, idsOf(store, ContactFilter.all().narrowedTo(null, tag, null, null, null)));
		}
	}
}
