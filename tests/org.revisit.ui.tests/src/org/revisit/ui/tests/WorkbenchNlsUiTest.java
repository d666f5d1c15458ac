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

	/** A string of the workbench's NLS class, as its pages show it. */
	private static String message(String key) throws Exception {
		Class<?> messages = Platform.getBundle("org.eclipse.ui.workbench").loadClass("org.eclipse.ui.internal.WorkbenchMessages");
		return (String) messages.getField(key).get(null);
	}
}
