package org.revisit.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * What the platform contributes to the product speaks the product's language: p2's Help menu items, its
 * Install/Update preference pages and wizards (org.eclipse.equinox.p2.ui.sdk, org.eclipse.equinox.p2.ui) and the
 * Security preference pages (org.eclipse.equinox.security.ui), Chinese from the org.revisit.*.nl_zh fragments in a
 * Chinese run, English otherwise. Run in both languages with {@code -Dtest=ChineseUiTest,PlatformNlsUiTest}.
 */
class PlatformNlsUiTest {

	/** The fragments and their hosts. */
	private static final Map<String, String> FRAGMENTS = Map.of( //
			"org.revisit.p2.ui.sdk.nl_zh", "org.eclipse.equinox.p2.ui.sdk", //
			"org.revisit.p2.ui.nl_zh", "org.eclipse.equinox.p2.ui", //
			"org.revisit.security.ui.nl_zh", "org.eclipse.equinox.security.ui");

	private static final boolean ZH = Platform.getNL().startsWith("zh");

	@Test
	void p2sWizardsSpeakTheProductsLanguage() throws Exception {
		String p2 = "org.eclipse.equinox.p2.ui";
		String ui = "org.eclipse.equinox.internal.p2.ui.ProvUIMessages";
		assertEquals(ZH ? "\u53ef\u7528\u8f6f\u4ef6" : "Available Software", message(p2, ui, "AvailableIUsPage_Title"));
		assertEquals(ZH ? "\u4f7f\u7528(&W)\uff1a" : "&Work with:", message(p2, ui, "AvailableIUsPage_RepoFilterLabel"));
		assertEquals(ZH ? "\u5df2\u9009\u62e9 {0} \u9879" : "{0} items selected",
				message(p2, ui, "AvailableIUsPage_MultipleSelectionCount"));
		assertEquals(ZH ? "\u6211\u63a5\u53d7\u6b64\u8bb8\u53ef\u534f\u8bae\u7684\u6761\u6b3e(&A)"
				: "I &accept the terms of the license agreement", message(p2, ui, "AcceptLicensesWizardPage_AcceptSingle"));
		assertEquals(ZH ? "\u5378\u8f7d\u8be6\u7ec6\u4fe1\u606f" : "Uninstall Details",
				message(p2, ui, "UninstallWizardPage_Title"));
		assertEquals(ZH ? "\u4fe1\u4efb\u5de5\u4ef6" : "Trust Artifacts", message(p2, ui, "TrustCertificateDialog_Title"));
		String sdk = "org.eclipse.equinox.internal.p2.ui.sdk.ProvSDKMessages";
		assertEquals(ZH ? "\u6b63\u5728\u68c0\u67e5\u66f4\u65b0..." : "Checking for updates...",
				message("org.eclipse.equinox.p2.ui.sdk", sdk, "UpdateHandler_ProgressTaskName"));
		assertEquals(ZH ? "\u6d4f\u89c8\u66f4\u65b0" : "Browsing for updates",
				message("org.eclipse.equinox.p2.ui.sdk", sdk, "ProvisioningPreferencePage_BrowsingPrefsGroup"));
	}

	@Test
	void thePreferencePagesOfP2AndSecuritySpeakTheProductsLanguage() throws Exception {
		assertEquals(ZH ? "\u5b89\u88c5/\u66f4\u65b0" : "Install/Update",
				pageName("org.eclipse.equinox.internal.p2.ui.sdk.ProvisioningPreferencePage"));
		assertEquals(ZH ? "\u53ef\u7528\u8f6f\u4ef6\u7ad9\u70b9" : "Available Software Sites",
				pageName("org.eclipse.equinox.internal.p2.ui.sdk.SitesPreferencePage"));
		assertEquals(ZH ? "\u4fe1\u4efb" : "Trust", pageName("org.eclipse.equinox.internal.p2.ui.sdk.TrustPreferencePage"));
		assertEquals(ZH ? "\u5b89\u5168\u6027" : "Security", pageName("org.eclipse.equinox.security.ui.category"));
		assertEquals(ZH ? "\u5b89\u5168\u5b58\u50a8" : "Secure Storage", pageName("org.eclipse.equinox.security.ui.storage"));
		String security = "org.eclipse.equinox.security.ui";
		assertEquals(ZH ? "\u66f4\u6539\u5bc6\u7801(&C)..." : "&Change Password...",
				message(security, "org.eclipse.equinox.internal.security.ui.nls.SecUIMessages", "changePasswordButton"));
		assertEquals(ZH ? "\u6709\u5173\u52a0\u5bc6\u5b58\u50a8\u7cfb\u7edf\u7684\u8bbe\u7f6e\uff0c\u8bf7\u53c2\u9605<a>\u201c{0}\u201d</a>\u3002"
				: "See <a>''{0}''</a> for settings related to the encrypted storage system.",
				message(security, "org.eclipse.equinox.internal.security.ui.SecurityUIMsg", "CATPAGE_LABEL_STORAGE"));
	}

	@Test
	void helpsP2ItemsSpeakTheProductsLanguage() {
		Map<String, MenuItem> items = AgentScreenUiTest
				.menuItems(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar());
		List<String> labels = new ArrayList<>(items.keySet());
		// p2 gives the letter apart from the label (mnemonic="U"), so the Chinese labels carry it as (U), which the
		// workbench marks
		Map<String, String> shown = ZH
				? Map.of("\u68c0\u67e5\u66f4\u65b0", "\u68c0\u67e5\u66f4\u65b0(&U)",
						"\u5b89\u88c5\u65b0\u8f6f\u4ef6...", "\u5b89\u88c5\u65b0\u8f6f\u4ef6(&S)...")
				: Map.of("Check for Updates", "Check for &Updates", "Install New Software...", "Install New &Software...");
		for (Map.Entry<String, String> label : shown.entrySet()) {
			MenuItem item = items.get(label.getKey());
			assertNotNull(item, label.getKey() + " is not in the menus: " + labels);
			assertEquals(label.getValue(), AgentScreenUiTest.label(item));
		}
	}

	/**
	 * Every string a fragment gives exists in its host's English file, with the same placeholders, mnemonic marks and
	 * line breaks: a host upgrade that renames or drops a key, or changes its placeholders, is noticed here (and the
	 * fragment's Fragment-Host range says which host versions were checked).
	 */
	@Test
	void everyTranslatedKeyExistsInTheHostsEnglishFile() throws Exception {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, String> fragmentAndHost : FRAGMENTS.entrySet()) {
			Bundle fragment = Platform.getBundle(fragmentAndHost.getKey());
			Bundle host = Platform.getBundle(fragmentAndHost.getValue());
			assertNotNull(fragment, fragmentAndHost.getKey() + " is not in the runtime");
			assertNotNull(host, fragmentAndHost.getValue() + " is not in the runtime");
			assertNotNull(Platform.getHosts(fragment), fragment.getSymbolicName() + " is not attached to its host");
			List<URL> files = Collections.list(fragment.findEntries("/", "*_zh.properties", true));
			assertTrue(files.size() >= 2, fragment.getSymbolicName() + " has its plugin_zh and its messages_zh: " + files);
			for (URL file : files) {
				String path = file.getPath();
				String english = path.replace("_zh.properties", ".properties");
				Properties en = load(host.getEntry(english));
				Properties zh = load(file);
				if (en == null) {
					problems.add(fragment.getSymbolicName() + path + ": the host has no " + english);
					continue;
				}
				for (String key : new TreeSet<>(zh.stringPropertyNames())) {
					checked++;
					String where = fragment.getSymbolicName() + path + " " + key;
					String e = en.getProperty(key);
					String z = zh.getProperty(key);
					if (e == null) {
						problems.add(where + ": not in the host's " + english);
					} else if (!placeholders(e).equals(placeholders(z))) {
						problems.add(where + ": placeholders " + placeholders(z) + ", English " + placeholders(e));
					} else if (mnemonics(e) != mnemonics(z)) {
						problems.add(where + ": " + mnemonics(z) + " mnemonic marks, English " + mnemonics(e));
					} else if (e.split("\n", -1).length != z.split("\n", -1).length) {
						problems.add(where + ": line breaks differ from English");
					}
				}
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(checked > 500, "only " + checked + " strings checked");
	}

	private static String pageName(String id) {
		for (IConfigurationElement page : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.ui.preferencePages")) {
			if (id.equals(page.getAttribute("id"))) {
				return page.getAttribute("name");
			}
		}
		throw new AssertionError("no preference page " + id);
	}

	/** A string of a host's NLS class, as its pages show it. */
	private static String message(String bundle, String nlsClass, String key) throws Exception {
		Class<?> messages = Platform.getBundle(bundle).loadClass(nlsClass);
		return (String) messages.getField(key).get(null);
	}

	private static Properties load(URL url) throws IOException {
		if (url == null) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream in = url.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile("\\{\\d+\\}").matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		Collections.sort(found);
		return found;
	}

	private static int mnemonics(String text) {
		return text.replace("&&", "").length() - text.replace("&&", "").replace("&", "").length();
	}
}
