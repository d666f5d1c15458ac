package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.revisit.core.calltype.CallTypeDescriptor;
import org.revisit.core.calltype.CallTypeRegistry;
import org.revisit.core.calltype.InstalledBundles;

/**
 * The call types the command line's quick start reads without the framework ({@link InstalledBundles}, from the
 * bundles a product's bundles.info lists) are those the framework's extension registry gives: every bundle of this
 * test run listed the way p2 lists a product's, then both readings compared field by field, with the default scripts
 * found in the same files; a bundle left out of the list (uninstalled) contributes nothing.
 */
class InstalledBundlesTest {

	@TempDir
	Path home;

	@Test
	void theInstalledBundlesGiveTheCallTypesOfTheFramework() throws IOException {
		writeBundlesInfo(List.of());
		InstalledBundles installed = InstalledBundles.read(home, Locale.forLanguageTag(Platform.getNL().replace('_', '-')));
		CallTypeRegistry plain = CallTypeRegistry.read(installed.registry());
		CallTypeRegistry osgi = CallTypeRegistry.read();

		assertFalse(osgi.all().isEmpty());
		assertEquals(describe(osgi), describe(plain));
		assertEquals(osgi.problems().stream().sorted().toList(), plain.problems().stream().sorted().toList());
		int scripts = 0;
		for (CallTypeDescriptor type : osgi.all()) {
			for (String path : type.scripts().values()) {
				URL viaFramework = FileLocator.find(Platform.getBundle(type.contributor()), IPath.fromPortableString(path), null);
				URL viaFiles = installed.find(type.contributor(), path);
				if (viaFramework == null) {
					assertNull(viaFiles, type.id() + " " + path);
					continue;
				}
				assertNotNull(viaFiles, type.id() + " " + path);
				assertArrayEquals(read(viaFramework), read(viaFiles), type.id() + " " + path);
				scripts++;
			}
		}
		assertTrue(scripts >= 22, "the built-in call types' scripts in both languages: " + scripts);
		assertNull(installed.find("org.revisit.calltypes", "../org.revisit.core/plugin.xml"));
	}

	@Test
	void aBundleNotListedContributesNothing() throws IOException {
		writeBundlesInfo(List.of("org.revisit.calltypes"));
		CallTypeRegistry plain = CallTypeRegistry.read(InstalledBundles.read(home, Locale.ENGLISH).registry());
		assertNull(plain.get("org.revisit.calltype.birthday"));
		assertNull(InstalledBundles.read(home, Locale.ENGLISH).find("org.revisit.calltypes", "plugin.xml"));
	}

	/**
	 * The cache of the bundles that matter gives the same call types, and is not used once the bundle list changed
	 * (p2 rewrites it when it installs or uninstalls).
	 */
	@Test
	void theCacheGivesTheSameAndFollowsTheBundleList() throws IOException {
		Path cache = home.resolve("cache/bundles.txt");
		writeBundlesInfo(List.of());
		Map<String, String> full = describe(CallTypeRegistry.read(InstalledBundles.read(home, Locale.ENGLISH).registry()));
		assertEquals(full, describe(CallTypeRegistry.read(InstalledBundles.read(home, Locale.ENGLISH, cache).registry())));
		assertTrue(Files.readString(cache).contains("org.revisit.calltypes") || Files.readString(cache).contains("calltypes"));
		InstalledBundles cached = InstalledBundles.read(home, Locale.ENGLISH, cache);
		assertEquals(full, describe(CallTypeRegistry.read(cached.registry())));
		assertNotNull(cached.find("org.revisit.calltypes", "scripts/zh/birthday.txt"));

		writeBundlesInfo(List.of("org.revisit.calltypes"));
		CallTypeRegistry after = CallTypeRegistry.read(InstalledBundles.read(home, Locale.ENGLISH, cache).registry());
		assertNull(after.get("org.revisit.calltype.birthday"));
		assertFalse(after.all().isEmpty(), "the test bundles' call types stay");

		Files.writeString(cache, "garbage\n");
		assertEquals(describe(after), describe(CallTypeRegistry.read(InstalledBundles.read(home, Locale.ENGLISH, cache).registry())));
	}

	@Test
	void aMissingOrMalformedListIsSaidNamingTheFile() throws IOException {
		IOException missing = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> InstalledBundles.read(home, Locale.ENGLISH));
		assertTrue(missing.getMessage().contains("bundles.info"), missing.getMessage());
		Path info = home.resolve(InstalledBundles.BUNDLES_INFO);
		Files.createDirectories(info.getParent());
		Files.writeString(info, "#version=1\norg.revisit.core\n");
		IOException malformed = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> InstalledBundles.read(home, Locale.ENGLISH));
		assertTrue(malformed.getMessage().contains("bundles.info line 2"), malformed.getMessage());
	}

	/** Every bundle of the running framework but {@code left}, as bundles.info lines with absolute locations. */
	private void writeBundlesInfo(List<String> left) throws IOException {
		StringBuilder sb = new StringBuilder("#encoding=UTF-8\n#version=1\n");
		for (Bundle b : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
			if (b.getBundleId() == 0 || left.contains(b.getSymbolicName())) {
				continue;
			}
			File location = FileLocator.getBundleFileLocation(b).orElse(null);
			if (location == null) {
				continue;
			}
			sb.append(b.getSymbolicName()).append(',').append(b.getVersion()).append(',')
					.append(location.toPath().toUri()).append(",4,false\n");
		}
		Path info = home.resolve(InstalledBundles.BUNDLES_INFO);
		Files.createDirectories(info.getParent());
		Files.writeString(info, sb, StandardCharsets.UTF_8);
	}

	/** What the command line shows of the call types, by id. */
	private static Map<String, String> describe(CallTypeRegistry registry) {
		Map<String, String> all = new TreeMap<>();
		for (CallTypeDescriptor d : registry.all()) {
			List<String> parameters = new ArrayList<>();
			d.parameters().forEach(p -> parameters.add(p.name() + ":" + p.type() + ":" + p.defaultValue() + ":"
					+ p.label() + ":" + p.help() + ":" + p.required() + ":" + p.choices()));
			all.put(d.id(), String.join("|", d.name(), String.valueOf(d.description()), String.valueOf(d.icon()),
					String.valueOf(d.priority()), String.valueOf(d.supervision()), d.outcomes().toString(),
					new TreeMap<>(d.scripts()).toString(), d.contributor(), parameters.toString()));
		}
		return all;
	}

	private static byte[] read(URL url) throws IOException {
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}
}
