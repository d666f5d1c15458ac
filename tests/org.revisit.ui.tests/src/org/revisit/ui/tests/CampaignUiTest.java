package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.revisit.ui.tests.WorkbenchUiTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.service.Services;
import org.revisit.model.Campaign;
import org.revisit.model.Script;
import org.revisit.core.script.text.ScriptCheck;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.revisit.store.CampaignState;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.campaigns.CampaignEditor;
import org.revisit.ui.campaigns.CampaignForm;
import org.revisit.ui.campaigns.ScriptPicker;
import org.revisit.ui.campaigns.CampaignEditorInput;
import org.revisit.ui.campaigns.NewCampaignWizard;
import org.revisit.ui.campaigns.PreviewDialog;
import org.revisit.ui.campaigns.Messages;
import org.revisit.ui.views.CampaignsView;
import org.revisit.ui.views.QueueView;

/**
 * A manager creates a campaign through the New Campaign wizard for a call type a test plug-in contributes with its
 * own declared parameters (this bundle's plugin.xml), previews and activates it, plans, and finds its calls in My
 * Queue; edits it with a validation error shown and fixed; pausing it stops claims of its calls. With the
 * environment variable REVISIT_SCREENSHOTS naming a folder, the wizard, editor and preview are saved there as PNG.
 */
class CampaignUiTest {

	static final String REMINDER = "org.revisit.ui.tests.calltype.reminder";

	/** The campaigns a test created: removed after it, also when it fails (the other tests count the demo's). */
	private final List<Long> created = new java.util.ArrayList<>();

	@AfterEach
	void deleteTheCampaignsCreated() {
		for (long id : created) {
			if (AgentDesk.services().campaigns().find(id) != null) {
				AgentDesk.services().campaigns().delete(id);
			}
		}
	}

	@Test
	void createPreviewActivatePlanQueueEditAndPause() throws Exception {
		Services services = AgentDesk.services();
		Store store = AgentDesk.store();
		LocalDate today = LocalDate.now(services.clock());
		assertNotNull(CallTypeRegistry.read().get(REMINDER), "the test plug-in's call type is installed");

		// The wizard: the call type from the contributions, then the settings with the declared parameters.
		NewCampaignWizard wizard = new NewCampaignWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(NewCampaignWizard.PAGE_WIDTH, NewCampaignWizard.PAGE_HEIGHT);
		dialog.open();
		Table types = (Table) dialog.getCurrentPage().getControl();
		assertTrue(types.getItemCount() >= 12, "the built-in call types and the test plug-in's");
		wizard.chooseCallType("org.revisit.calltype.returnVisit");
		IWizardPage settings = wizard.getPage("settings");
		dialog.showPage(settings);
		String returnVisit = CallTypeRegistry.read().get("org.revisit.calltype.returnVisit").name();
		assertEquals(returnVisit, wizard.form().nameField().getText(), "the name starts as the call type's");
		wizard.chooseCallType(REMINDER);
		assertEquals(CallTypeRegistry.read().get(REMINDER).name(), wizard.form().nameField().getText(),
				"and follows the call type while the manager has not typed one");
		Text remindOn = (Text) wizard.form().parameterControl("remindOn");
		assertNotNull(remindOn, "the declared parameter is shown");
		assertEquals("silver", ((Combo) wizard.form().parameterControl("contractLevel")).getText(), "the default choice");
		String remindOnLabel = CallTypeRegistry.read().get(REMINDER).parameter("remindOn").label();
		assertTrue(settings.getErrorMessage().startsWith(remindOnLabel), settings.getErrorMessage());
		assertFalse(wizard.canFinish());
		wizard.form().nameField().setText("服务合同到期提醒");
		wizard.form().nameEnField().setText("Service contract expiry");
		wizard.form().budgetShareField().setSelection(50);
		wizard.form().targetField("tag").setText("VIP");
		remindOn.setText("tomorrow");
		assertTrue(settings.getErrorMessage().startsWith(org.eclipse.osgi.util.NLS.bind(Messages.Form_problem, remindOnLabel, ""))
				&& settings.getErrorMessage().contains("tomorrow"), settings.getErrorMessage());
		remindOn.setText(today.toString());
		assertNull(settings.getErrorMessage());
		assertTrue(settings.isPageComplete(), "complete: " + wizard.form().problems());
		assertEquals(settings, dialog.getCurrentPage());
		assertTrue(wizard.canFinish());
		long vip = services.campaigns().countTargets("tag:VIP");
		waitUntil(() -> wizard.form().countLabel().getText().startsWith(Long.toString(vip)),
				"the live count says " + vip + " contacts");
		screenshot(dialog.getShell(), "campaign-wizard");
		assertTrue(wizard.performFinish(), () -> settings.getErrorMessage());
		dialog.close();
		Campaign created = wizard.created();
		this.created.add(created.getId());
		assertEquals(CampaignState.DRAFT, services.campaigns().states().get(created.getId()));
		assertEquals(today.toString(), created.getParameters().get("remindOn"));
		assertEquals("Service contract expiry", created.getNameEn());
		assertEquals(50, created.getBudgetShare());

		// The preview, then Activate.
		waitUntil(() -> wizard.previewDialog() != null && wizard.previewDialog().preview() != null, "the preview");
		PreviewDialog preview = wizard.previewDialog();
		assertTrue(preview.preview().calls() > 0, preview.preview().toString());
		long tasksBefore = store.counts().tasks();
		screenshot(preview.getShell(), "campaign-preview");
		preview.activate();
		waitUntil(() -> services.campaigns().states().get(created.getId()) == CampaignState.ACTIVE, "activated");
		preview.close();
		assertEquals(tasksBefore, store.counts().tasks(), "neither the preview nor activating planned anything");

		// Planning puts its calls in My Queue.
		services.planning().plan(today, 30);
		List<QueueItem> due = store.tasks().queue(AgentDesk.endOfDay(store), REMINDER, 0, 1000);
		assertFalse(due.isEmpty(), "the campaign's calls are due today");
		QueueView queue = (QueueView) AgentDesk.page().showView(QueueView.ID);
		queue.refresh();
		Table rows = queue.getViewer().getTable();
		String name = org.eclipse.osgi.util.NLS.bind(org.revisit.ui.internal.Messages.QueueView_typeCount,
				CallTypeRegistry.read().get(REMINDER).name(), due.size());
		waitUntil(() -> shows(rows.getParent(), name), "My Queue shows the campaign's calls: " + name);

		// The editor: a validation error shown as you type, fixed, saved.
		IWorkbenchPage page = AgentDesk.page();
		CampaignEditor editor = (CampaignEditor) page.openEditor(new CampaignEditorInput(created.getId(), created.getName()),
				CampaignEditor.ID);
		waitUntil(() -> "服务合同到期提醒".equals(editor.form().nameField().getText()), "the editor shows the campaign");
		assertEquals("Service contract expiry", editor.form().nameEnField().getText());
		assertEquals(50, editor.form().budgetShareField().getSelection());
		assertFalse(editor.isDirty());
		editor.form().toField().setText(today.minusDays(1).toString());
		assertTrue(editor.problem().startsWith(ManagerLanguageUiTest.label(Messages.Form_to)), editor.problem());
		assertTrue(editor.isDirty());
		editor.form().toField().setText(today.plusDays(60).toString());
		assertEquals("", editor.problem());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		screenshot(editor.getSite().getShell(), "campaign-editor");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		int version = services.campaigns().find(created.getId()).getVersion();
		editor.doSave(null);
		waitUntil(() -> services.campaigns().find(created.getId()).getVersion() == version + 1, "saved");
		waitUntil(() -> !editor.isDirty(), "not dirty after saving");
		assertEquals(today.plusDays(60), services.campaigns().find(created.getId()).getActiveTo());
		page.closeEditor(editor, false);

		// The Campaigns view shows the name of the workbench's language.
		String nl = org.eclipse.core.runtime.Platform.getNL();
		String shown = nl != null && nl.startsWith("en") ? "Service contract expiry" : "服务合同到期提醒";
		assertEquals(shown, org.revisit.ui.internal.Labels.campaign(created));
		CampaignsView campaigns = (CampaignsView) page.showView(CampaignsView.ID);
		campaigns.refresh();
		Table listed = campaigns.getViewer().getTable();
		waitUntil(() -> java.util.Arrays.stream(listed.getItems()).anyMatch(i -> shown.equals(i.getText(0))),
				"the Campaigns view names the campaign " + shown);

		// Pausing stops claims of its calls.
		services.campaigns().pause(created.getId());
		assertNull(services.queue().claim(due.get(0).taskId()), "a paused campaign's call is not handed out");
		assertTrue(store.tasks().queue(AgentDesk.endOfDay(store), REMINDER, 0, 1000).isEmpty(), "nor queued");
		services.campaigns().resume(created.getId());
		assertEquals(due.size(), store.tasks().queue(AgentDesk.endOfDay(store), REMINDER, 0, 1000).size());
		services.campaigns().end(created.getId(), "test over");
		services.campaigns().delete(created.getId()); // no outcomes: the other tests find the demo's campaigns
		queue.refresh();
		long total = store.tasks().queueCounts(AgentDesk.endOfDay(store)).values().stream().mapToLong(Long::longValue).sum();
		waitUntil(() -> rows.getItemCount() == total, "My Queue is up to date again");
	}

	/**
	 * The manager picks the campaign's script from the stored ones instead of typing its id: the scripts written for the
	 * chosen call type (or for none) are listed first with language, version and speaking time, the others only on
	 * request; the version is chosen from the script's stored versions.
	 */
	@Test
	void aScriptIsPickedNotTyped() throws Exception {
		Services services = AgentDesk.services();
		// the Chinese run works on the database the English run left behind
		String nl = org.eclipse.core.runtime.Platform.getNL().toLowerCase().replaceAll("[^a-z]", "");
		String reminderScript = "ui-pick-reminder-" + nl;
		String visitScript = "ui-pick-visit-" + nl;
		Script reminder = ScriptCheck.check(PICKED, "x").script();
		reminder.setScriptId(reminderScript);
		reminder.setTitle("到期提醒话术 " + nl);
		reminder.setCallTypeId(REMINDER);
		reminder.setLanguage("zh");
		assertEquals(1, services.scripts().save(reminder, 0));
		assertEquals(2, services.scripts().save(EcoreUtil.copy(reminder), 1));
		Script visit = EcoreUtil.copy(reminder);
		visit.setScriptId(visitScript);
		visit.setTitle("回访话术 " + nl);
		visit.setCallTypeId("org.revisit.calltype.returnVisit");
		assertEquals(1, services.scripts().save(visit, 0));

		NewCampaignWizard wizard = new NewCampaignWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(NewCampaignWizard.PAGE_WIDTH, NewCampaignWizard.PAGE_HEIGHT);
		dialog.open();
		try {
			wizard.chooseCallType(REMINDER);
			dialog.showPage(wizard.getPage("settings"));
			CampaignForm form = wizard.form();
			assertEquals("", form.scriptIdField().getText());
			assertTrue(form.chooseScriptField().isEnabled());

			ScriptPicker picker = form.openScriptPicker(false);
			try {
				waitUntil(() -> picker.rows() != null, "the stored scripts are read");
				Table table = picker.viewer().getTable();
				List<ScriptPicker.Row> shown = shownRows(picker);
				assertTrue(shown.stream().allMatch(ScriptPicker.Row::fits), "only the scripts that fit: " + shown);
				assertTrue(shown.stream().anyMatch(r -> r.scriptId().equals(reminderScript)), shown.toString());
				assertTrue(shown.stream().noneMatch(r -> r.scriptId().equals(visitScript)),
						"a return visit's script is not offered for a reminder: " + shown);
				picker.allField().setSelection(true);
				picker.allField().notifyListeners(SWT.Selection, null);
				List<ScriptPicker.Row> all = shownRows(picker);
				assertTrue(all.stream().anyMatch(r -> r.scriptId().equals(visitScript)), "on request: " + all);
				assertTrue(all.indexOf(all.stream().filter(r -> r.scriptId().equals(reminderScript)).findFirst().get())
						< all.indexOf(all.stream().filter(r -> r.scriptId().equals(visitScript)).findFirst().get()),
						"the fitting scripts first: " + all);

				int row = all.indexOf(all.stream().filter(r -> r.scriptId().equals(reminderScript)).findFirst().get());
				ScriptPicker.Row picked = all.get(row);
				assertEquals(2, picked.version(), "its latest version");
				assertFalse(picked.speaking().isBlank());
				String title = table.getItem(row).getText(0);
				assertEquals(picked.title(), title);
				assertEquals(java.util.Locale.forLanguageTag("zh").getDisplayLanguage(), table.getItem(row).getText(1),
						"the language in the workbench's language");
				assertEquals(CallTypeRegistry.read().get(REMINDER).name(), table.getItem(row).getText(2));
				assertEquals("2", table.getItem(row).getText(3));
				assertEquals(picked.speaking(), table.getItem(row).getText(4));
				screenshot(picker.getShell(), "script-picker");
				picker.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(picked), true);
				picker.choose();
			} finally {
				picker.close();
			}

			assertEquals(reminderScript, form.scriptIdField().getText(), "the script chosen, not typed");
			waitUntil(() -> form.scriptPreview().startsWith(reminder.getTitle()), "the preview of the script chosen");
			waitUntil(() -> form.scriptVersions().equals(List.of(0, 2, 1)), "its versions offered: " + form.scriptVersions());
			assertEquals(0, form.scriptVersionField().getSelectionIndex(), "the current version unless one is pinned");
			assertEquals(reminderScript, form.campaign().getScriptId());
			assertEquals(0, form.campaign().getScriptVersion());
			assertEquals(org.eclipse.osgi.util.NLS.bind(Messages.Form_scriptCurrentIs, 2),
					form.scriptVersionField().getItem(0));
			form.scriptVersionField().select(2);
			form.scriptVersionField().notifyListeners(SWT.Selection, null);
			assertEquals(1, form.campaign().getScriptVersion(), "version 1 pinned");
			String first = CampaignForm.describe(services.scripts().load(reminderScript, 1));
			waitUntil(() -> form.scriptPreview().equals(first), "the preview of version 1: " + form.scriptPreview());
		} finally {
			dialog.close();
		}
	}

	private static List<ScriptPicker.Row> shownRows(ScriptPicker picker) {
		return java.util.Arrays.stream(picker.viewer().getTable().getItems()).map(i -> (ScriptPicker.Row) i.getData())
				.toList();
	}

	private static final String PICKED = """
			1、“您好，请问是${contact.salutation}吗？您的服务合同快到期了。”
			是，转2
			否，目标不在，确定回拨时间
			2、“需要我们为您续约吗？”
			需要，转3
			不需要，记录原因，转3
			3、“感谢您的支持，再见！”
			""";

	@Test
	void theCampaignsViewShowsStatesAndOffersNewCampaign() throws Exception {
		assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("org.revisit.ui.campaigns.newCampaign"),
				"File > New > Campaign");
		java.util.ResourceBundle strings = org.eclipse.core.runtime.Platform.getResourceBundle(
				org.eclipse.core.runtime.Platform.getBundle("org.revisit.ui"));
		String fileNew = AgentScreenUiTest.plain(strings.getString("menu.new"));
		assertTrue(AgentScreenUiTest.menuItems(shell().getMenuBar()).containsKey(fileNew), "File > " + fileNew);
		CampaignsView view = (CampaignsView) AgentDesk.page().showView(CampaignsView.ID);
		view.refresh();
		Table table = view.getViewer().getTable();
		waitUntil(() -> java.util.Arrays.stream(table.getItems()).anyMatch(i -> Messages.State_PAUSED.equals(i.getText(6)))
				&& java.util.Arrays.stream(table.getItems()).anyMatch(i -> Messages.State_ENDED.equals(i.getText(6))),
				"the demo's paused and ended campaigns show their state");
		assertTrue(java.util.Arrays.stream(view.getViewSite().getActionBars().getToolBarManager().getItems())
				.anyMatch(i -> i instanceof org.eclipse.jface.action.ActionContributionItem a
						&& Messages.Action_new.equals(a.getAction().getText())), "New Campaign in the toolbar");
		assertNotNull(table.getMenu(), "the context menu");
	}

	/** Whether a combo under {@code parent} (My Queue's call type filter) offers {@code item}. */
	private static boolean shows(Composite parent, String item) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Combo combo && java.util.Arrays.asList(combo.getItems()).contains(item)
					|| c instanceof Composite inner && shows(inner, item)) {
				return true;
			}
		}
		return false;
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	/** Saves what {@code shell} shows as {@code REVISIT_SCREENSHOTS/name-<language>.png}, if that is set. */
	static void screenshot(Shell shell, String name) throws Exception {
		String folder = System.getenv("REVISIT_SCREENSHOTS");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Display display = shell.getDisplay();
		shell.forceActive();
		long until = System.nanoTime() + 700_000_000L;
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> { /* wakes the loop */ });
				display.sleep();
			}
		}
		Rectangle r = shell.getBounds();
		Image image = new Image(display, r.width, r.height);
		GC gc = new GC(display);
		gc.copyArea(image, r.x, r.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		image.dispose();
		Path dir = Path.of(folder);
		Files.createDirectories(dir);
		String language = org.eclipse.core.runtime.Platform.getNL().startsWith("zh") ? "zh" : "en";
		loader.save(dir.resolve(name + "-" + language + ".png").toString(), SWT.IMAGE_PNG);
	}
}
