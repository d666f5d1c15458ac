package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.revisit.core.calltype.CallTypeRegistry;

/**
 * The call types are read once and shared (the planner, the workbench and the command line ask
 * {@link CallTypeRegistry#read()}), and read again when a plug-in that contributes call types comes or goes, as an
 * install or an uninstall with p2 makes it: here a real bundle installed into the running framework and taken out.
 */
class SharedCallTypesTest {

	private static final String DYNAMIC = "org.revisit.tests.calltype.dynamic";

	@Test
	void readOnceAndAgainWhenAPlugInComesOrGoes() throws Exception {
		CallTypeRegistry first = CallTypeRegistry.read();
		assertSame(first, CallTypeRegistry.read(), "the call types are read once and shared");
		int before = first.all().size();

		BundleContext context = FrameworkUtil.getBundle(SharedCallTypesTest.class).getBundleContext();
		Bundle plugin = context.installBundle("revisit-test:dynamic-calltype", new ByteArrayInputStream(plugin()));
		try {
			plugin.start();
			waitFor(() -> CallTypeRegistry.read().get(DYNAMIC) != null, "the new plug-in's call type is read");
			CallTypeRegistry withPlugin = CallTypeRegistry.read();
			assertNotSame(first, withPlugin);
			assertSame(withPlugin, CallTypeRegistry.read(), "and shared again");
			assertEquals(before + 1, withPlugin.all().size());
			assertEquals("Dynamic test call", withPlugin.get(DYNAMIC).name());
		} finally {
			plugin.uninstall();
		}
		waitFor(() -> CallTypeRegistry.read().get(DYNAMIC) == null, "the uninstalled plug-in's call type is gone");
		assertEquals(before, CallTypeRegistry.read().all().size());
	}

	/** A bundle with only a manifest and a plugin.xml contributing one call type (its class is never loaded). */
	private static byte[] plugin() throws IOException {
		Manifest manifest = new Manifest();
		Attributes a = manifest.getMainAttributes();
		a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		a.putValue("Bundle-ManifestVersion", "2");
		a.putValue("Bundle-SymbolicName", "org.revisit.tests.dynamic;singleton:=true");
		a.putValue("Bundle-Version", "1.0.0");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<?eclipse version="3.4"?>
				<plugin>
				   <extension point="org.revisit.core.callTypes">
				      <callType id="%s" name="Dynamic test call" priority="5" class="org.revisit.tests.dynamic.None"/>
				   </extension>
				</plugin>
				""".formatted(DYNAMIC);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
			jar.putNextEntry(new ZipEntry("plugin.xml"));
			jar.write(xml.getBytes(StandardCharsets.UTF_8));
			jar.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** The registry tells its listeners in a thread of its own. */
	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("not within 20 s: " + what);
			}
			Thread.sleep(50);
		}
	}
}
