package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.model.Campaign;
import org.revisit.ui.campaigns.CampaignForm;
import org.revisit.ui.campaigns.Messages;
import org.revisit.ui.campaigns.NewCampaignWizard;
import org.revisit.ui.calendar.CalendarDialog;

/**
 * What a manager is told when something is refused speaks the workbench's language (this class runs in English and
 * again in Chinese): in the New Campaign wizard a problem names its field by the label beside it, never by the
 * campaign file's path, and says what is wrong in the same language, and the script version is the current one or
 * a pinned number, chosen explicitly; a pasted holiday notice that cannot be read says why in the same language.
 */
class ManagerLanguageUiTest {

	/** A label as a problem names it: without the colon it has beside its field. */
	static String label(String shown) {
		return shown.strip().replaceAll("[:\uff1a]$", "").strip();
	}

	private static boolean chinese() {
		return Platform.getNL() != null && Platform.getNL().startsWith("zh");
	}

	/** Whether {@code text} has Chinese characters once {@code without} are taken out of it. */
	private static boolean hasChinese(String text, String... without) {
		String rest = text;
		for (String w : without) {
			rest = rest.replace(w, "");
		}
		return rest.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	@Test
	void problemsNameTheFieldAsShownAndTheScriptVersionIsAChoice() {
		NewCampaignWizard wizard = new NewCampaignWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.setPageSize(NewCampaignWizard.PAGE_WIDTH, NewCampaignWizard.PAGE_HEIGHT);
		dialog.open();
		try {
			wizard.chooseCallType(CampaignUiTest.REMINDER);
			IWizardPage settings = wizard.getPage("settings");
			dialog.showPage(settings);
			CampaignForm form = wizard.form();
			String remindOn = CallTypeRegistry.read().get(CampaignUiTest.REMINDER).parameter("remindOn").label();

			((Text) form.parameterControl("remindOn")).setText("tomorrow");
			String error = settings.getErrorMessage();
			assertTrue(error.startsWith(NLS.bind(Messages.Form_problem, remindOn, "")), error);
			assertFalse(error.contains("parameters."), "no file path in the workbench: " + error);
			assertEquals(chinese(), hasChinese(error, remindOn), "said in the workbench's language: " + error);

			((Text) form.parameterControl("remindOn")).setText("2026-12-01");
			form.nameField().setText("语言检查");
			form.fromField().setText("2026-12-01");
			form.toField().setText("2026-11-01");
			List<String> problems = form.problems();
			String to = label(Messages.Form_to);
			assertTrue(problems.stream().anyMatch(p -> p.startsWith(NLS.bind(Messages.Form_problem, to, ""))),
					"the end of the period named as shown: " + problems);
			assertTrue(problems.stream().noneMatch(p -> p.contains("activeTo") || p.contains("activeFrom")), problems.toString());
			assertTrue(problems.stream().allMatch(p -> hasChinese(p, to, remindOn) == chinese()), problems.toString());

			form.toField().setText("badly");
			assertTrue(form.problems().get(0).startsWith(NLS.bind(Messages.Form_problem, to, "").strip()),
					form.problems().toString());
			form.toField().setText("");

			// The script version: the current one unless the manager pins a number; a pinned version that is not
			// stored (any more) is still shown, so the campaign shows what it names.
			assertEquals(0, form.scriptVersionField().getSelectionIndex(), "a new campaign follows the script's current version");
			assertEquals(Messages.Form_scriptCurrent, form.scriptVersionField().getText());
			assertEquals(0, form.campaign().getScriptVersion());
			Campaign pinned = form.campaign();
			pinned.setScriptVersion(3);
			form.set(pinned);
			assertEquals(NLS.bind(Messages.Form_scriptVersionItem, 3), form.scriptVersionField().getText());
			assertEquals(3, form.campaign().getScriptVersion());
			Campaign current = form.campaign();
			current.setScriptVersion(0);
			form.set(current);
			assertEquals(0, form.scriptVersionField().getSelectionIndex(), "0 in a stored campaign is the current version");
			assertEquals(0, form.campaign().getScriptVersion());
		} finally {
			dialog.close();
		}
	}

	/** 2025-01-01 was a Wednesday: a notice that says Thursday is refused, and nothing is saved. */
	@Test
	void aNoticeThatCannotBeReadSaysWhyInTheWorkbenchsLanguage() {
		CalendarDialog dialog = new CalendarDialog(AgentDesk.page().getWorkbenchWindow().getShell(), AgentDesk.services(),
				2026);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			WorkbenchUiTest.waitUntil(dialog::isLoaded, "the calendar is read");
			int entries = AgentDesk.services().calendars().active().getEntries().size();
			dialog.getNoticeText().setText("""
					国务院办公厅关于2025年部分节假日安排的通知
					一、元旦：1月1日（周四）放假1天，不调休。
					""");
			dialog.getImportButton().notifyListeners(SWT.Selection, new Event());
			String error = dialog.getErrorMessage();
			assertTrue(error != null && error.contains("2025-01-01"), String.valueOf(error));
			assertTrue(chinese() ? error.contains("\u662f\u5468\u4e09\uff0c\u4e0d\u662f\u5468\u56db") // 是周三，不是周四
					: error.contains("is a Wednesday (\u5468\u4e09), not \u5468\u56db"), error);
			assertEquals(entries, AgentDesk.services().calendars().active().getEntries().size(), "nothing saved");
		} finally {
			dialog.close();
		}
	}
}
