package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The first page of File > Import and File > Export (the workbench's own wizard selection page) speaks the
 * workbench's language: Chinese from the org.revisit.workbench.nl_zh fragment in a Chinese run, English otherwise.
 * Run in both languages with {@code -Dtest=WorkbenchNlsUiTest}.
 */
class WorkbenchNlsUiTest {

	@Test
	void theImportAndExportSelectionPagesSpeakTheWorkbenchsLanguage() throws Exception {
		boolean zh = Platform.getNL().startsWith("zh");
		assertEquals(zh ? "\u9009\u62e9\u5bfc\u5165\u5411\u5bfc(&S)\uff1a" : "&Select an import wizard:",
				message("ImportWizard_selectWizard"));
		assertEquals(zh ? "\u9009\u62e9\u5bfc\u5165\u6765\u6e90\u3002" : "Choose import wizard.",
				message("ImportExportPage_chooseImportWizard"));
		assertEquals(zh ? "\u5bfc\u51fa" : "Export", message("ExportWizard_title"));
		assertEquals(zh ? "\u9009\u62e9" : "Select", message("Select"), "the page's title");
	}

	@Test
	void theOpenPerspectiveDialogAndTheProgressStringsSpeakTheWorkbenchsLanguage() throws Exception {
		boolean zh = Platform.getNL().startsWith("zh");
		assertEquals(zh ? "\u6253\u5f00\u900f\u89c6\u56fe" : "Open Perspective", message("SelectPerspective_shellTitle"));
		assertEquals(zh ? "\u6253\u5f00(&O)" : "&Open", message("SelectPerspective_open_button_label"));
		assertEquals(zh ? "{0}\uff08\u9ed8\u8ba4\uff09" : "{0} (default)", message("PerspectivesPreference_defaultLabel"));
		assertEquals(zh ? "\u663e\u793a\u89c6\u56fe" : "Show View", message("ShowView_shellTitle"));
		assertEquals(zh ? "\u53d6\u6d88\u64cd\u4f5c" : "Cancel Operation",
				message("org.eclipse.ui.internal.progress.ProgressMessages", "NewProgressView_CancelJobToolTip"));
	}

	@Test
	void theAboutDialogsWayToP2sInstallationDetailsSpeaksTheWorkbenchsLanguage() throws Exception {
		boolean zh = Platform.getNL().startsWith("zh");
		assertEquals(zh ? "\u5173\u4e8e {0}" : "About {0}", message("AboutDialog_shellTitle"));
		assertEquals(zh ? "\u5b89\u88c5\u8be6\u7ec6\u4fe1\u606f(&I)" : "&Installation Details",
				message("AboutDialog_DetailsButton"));
		assertEquals(zh ? "{0} \u5b89\u88c5\u8be6\u7ec6\u4fe1\u606f" : "{0} Installation Details",
				message("InstallationDialog_ShellTitle"));
	}

	/** A string of the workbench's NLS class, as its pages show it. */
	private static String message(String key) throws Exception {
		return message("org.eclipse.ui.internal.WorkbenchMessages", key);
	}

	private static String message(String nlsClass, String key) throws Exception {
		Class<?> messages = Platform.getBundle("org.eclipse.ui.workbench").loadClass(nlsClass);
		return (String) messages.getField(key).get(null);
	}
}
