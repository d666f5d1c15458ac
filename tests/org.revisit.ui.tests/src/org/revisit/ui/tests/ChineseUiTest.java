package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.revisit.ui.tests.AgentDesk.endOfDay;
import static org.revisit.ui.tests.AgentScreenUiTest.label;
import static org.revisit.ui.tests.AgentScreenUiTest.menuItems;
import static org.revisit.ui.tests.AgentScreenUiTest.mnemonic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.plan.Check;
import org.revisit.core.plan.Decision;
import org.revisit.core.plan.Explainer;
import org.revisit.core.plan.Gate;
import org.revisit.core.plan.Planner;
import org.revisit.rcp.internal.SignInDialog;
import org.revisit.store.Store;
import org.revisit.store.TaskRepository.QueueItem;
import org.revisit.ui.internal.Labels;
import org.revisit.ui.internal.Messages;
import org.revisit.ui.views.CallView;
import org.revisit.ui.views.ContactCardView;
import org.revisit.ui.views.ContactsView;
import org.revisit.ui.views.QueueView;

/**
 * The workbench started with {@code -nl zh_CN} on the instance area an English run left behind (the second test
 * run of this bundle's pom.xml, after the English one): everything the agent reads is Chinese, also what the saved
 * window layout and JFace bring.
 */
class ChineseUiTest {

	private final IWorkbench workbench = PlatformUI.getWorkbench();
	private final Store store = AgentDesk.store();

	/**
	 * The pom runs this class in the Chinese run only, after the English run has saved its window layout: asked for
	 * alone, it needs an English class beside it to start that run (-Dtest=ChineseUiTest,WorkbenchNlsUiTest); started
	 * in English some other way, it is skipped.
	 */
	@BeforeAll
	static void inChinese() {
		assumeTrue(Platform.getNL().startsWith("zh"), "this class checks the Chinese run (-nl zh_CN), not " + Platform.getNL());
	}

	@Test
	void theDialogButtonsOfJFaceAreChinese() {
		assertEquals("确定", IDialogConstants.OK_LABEL);
		assertEquals("取消", IDialogConstants.CANCEL_LABEL);
		assertEquals("是(&Y)", IDialogConstants.YES_LABEL);
		assertEquals("否(&N)", IDialogConstants.NO_LABEL);
		assertEquals("错误", org.eclipse.jface.resource.JFaceResources.getString("error"));
	}

	@Test
	void perspectivesAndViewsHaveChineseNamesThoughTheLayoutWasSavedInEnglish() throws Exception {
		Path saved = Path.of(Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
		assertTrue(Files.isRegularFile(saved), "the English run saved its window layout: " + saved);
		assertTrue(Files.readString(saved).contains("label=\"Agent\""), "in English");

		assertEquals("坐席", workbench.getPerspectiveRegistry().findPerspectiveWithId(AgentDesk.AGENT_PERSPECTIVE).getLabel());
		IWorkbenchPage page = AgentDesk.page();
		// the Agent perspective's views, in their places (an earlier test may have closed one)
		for (String view : List.of(QueueView.ID, ContactsView.ID, CallView.ID, ContactCardView.ID)) {
			page.showView(view, null, IWorkbenchPage.VIEW_VISIBLE);
		}
		List<String> switcher = new ArrayList<>();
		List<String> tabs = new ArrayList<>();
		collect(workbench.getActiveWorkbenchWindow().getShell(), switcher, tabs);
		assertTrue(switcher.contains("坐席"), "the perspective switcher says 坐席: " + switcher);
		assertFalse(switcher.contains("Agent") || switcher.contains("Manager"), switcher.toString());
		assertTrue(tabs.containsAll(List.of("我的队列", "联系人", "通话", "联系人卡片")), tabs.toString());
		assertFalse(tabs.contains("My Queue") || tabs.contains("Contact Card"), tabs.toString());
	}

	/** The texts (or tool tips) of the window's tool items, and its views' tab titles. */
	private static void collect(Control control, List<String> tools, List<String> tabs) {
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				tools.add(item.getText().isEmpty() ? String.valueOf(item.getToolTipText()) : item.getText());
			}
		}
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				tabs.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, tools, tabs);
			}
		}
	}

	@Test
	void chineseMenusMarkTheirMnemonicsInBrackets() {
		Map<String, MenuItem> items = menuItems(workbench.getActiveWorkbenchWindow().getShell().getMenuBar());
		for (String written : List.of("文件(&F)", "退出(&X)", "呼叫(&C)", "计划呼叫(&P)...", "窗口(&W)")) {
			MenuItem item = items.get(AgentScreenUiTest.plain(written));
			assertNotNull(item, written + " is in the menus, its & a mnemonic: " + items.keySet());
			assertEquals(written, label(item));
		}
		for (MenuItem item : items.values()) {
			assertFalse(label(item).contains("&&"), "a literal & shows in the menu: " + label(item));
		}
		assertEquals('x', mnemonic(label(items.get("退出"))));
	}

	@Test
	void theSignInDialogSpeaksChinese() throws Exception {
		Path folder = Files.createTempDirectory("revisit-signin");
		SignInDialog dialog = SignInUiTest.open(null, false, null, folder);
		try {
			assertEquals("登录团队服务器", dialog.getShell().getText());
			assertEquals("登录(&I)", dialog.getButton(IDialogConstants.OK_ID).getText());
			assertEquals("在本机工作(&C)", dialog.getButton(SignInDialog.LOCAL_ID).getText());
			assertEquals("取消", dialog.getButton(IDialogConstants.CANCEL_ID).getText());
			SignInUiTest.signIn(dialog, "192.168.1.20:1527", "王芳", "secret");
			assertEquals("服务器：地址应为 https://主机:端口，而不是"
					+ "“192.168.1.20:1527”。", dialog.getProblem());
			SignInUiTest.signIn(dialog, "https://127.0.0.1:9", "王芳", "");
			assertEquals("密码：请填写密码。", dialog.getProblem());
			SignInUiTest.signIn(dialog, "https://127.0.0.1:9", "王芳", "secret");
			WorkbenchUiTest.waitUntil(() -> dialog.getProblem().startsWith("无法连接 Revisit 服务器 127.0.0.1:9（"),
					"the dialog says in Chinese that the server cannot be reached");
		} finally {
			dialog.close();
			AgentDesk.activateWindow(); // the tests after this one find the window active, as the agent does
			try (var files = Files.walk(folder)) {
				for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	@Test
	void statesAndGatesAreInChinese() {
		assertEquals("电话号码", Labels.gate(Gate.PHONE), "the phone gate says what it checks");
		assertEquals("处理中", Labels.taskState("CLAIMED"));
		assertEquals("我正在处理", Messages.Task_mine);
	}

	@Test
	void theExplainerNamesTaskStatesInChinese() {
		String agent = AgentDesk.agent();
		Instant now = store.clock().instant();
		Explainer explainer = new Explainer(store, new Planner(store, CallTypeRegistry.read()));
		// a call the plan meets again (a task already there): the explanation names the task with its state
		QueueItem met = null;
		for (QueueItem q : store.tasks().queue(endOfDay(store), null, 0, 100)) {
			if (q.leaseOwner() == null && details(explainer, q.contactId(), now).stream().anyMatch(d -> names(d, q))) {
				met = q;
				break;
			}
		}
		assertNotNull(met, "a call of today that the plan meets again");
		QueueItem task = met;
		assertTrue(store.claims().claim(task.taskId(), agent, now, Duration.ofMinutes(5)).isPresent());
		try {
			List<String> details = details(explainer, task.contactId(), now);
			assertTrue(details.stream().noneMatch(d -> d.matches(".*\\b(PLANNED|CLAIMED|RESCHEDULED)\\b.*")),
					"no state in English: " + details);
			assertTrue(details.stream().anyMatch(d -> names(d, task) && d.contains("处理中")),
					"the claimed call #" + task.taskId() + " is named 处理中: " + details);
		} finally {
			store.claims().release(task.taskId(), agent);
		}
	}

	/** The details of the gates that name existing tasks, in the explanation of {@code contactId} at {@code at}. */
	private static List<String> details(Explainer explainer, long contactId, Instant at) {
		List<String> details = new ArrayList<>();
		for (Decision d : explainer.explain(contactId, at).planned()) {
			d.checks().stream().filter(c -> c.gate() == Gate.ALREADY_PLANNED || c.gate() == Gate.PENDING_CALL)
					.map(Check::detail).forEach(details::add);
		}
		return details;
	}

	private static boolean names(String detail, QueueItem task) {
		return detail.matches(".*#" + task.taskId() + "\\D.*");
	}
}
