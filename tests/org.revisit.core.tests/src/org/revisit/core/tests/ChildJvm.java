package org.revisit.core.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A class path for a second JVM, outside OSGi, made of the jars (or class folders) of bundles of this test runtime
 * and of the OSGi API, for tests that kill a process.
 */
final class ChildJvm {

	private ChildJvm() {
	}

	/** The java command of this JVM. */
	static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	/** The jars (or class folders) of {@code bundles}, by symbolic name, and of the OSGi framework. */
	static String classPath(List<String> bundles) throws IOException {
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		Set<String> entries = new LinkedHashSet<>();
		List<String> missing = new ArrayList<>(bundles);
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (bundles.contains(b.getSymbolicName()) && missing.remove(b.getSymbolicName())) {
				File f = location(b);
				if (f.isDirectory()) {
					// A bundle of the build's reactor, installed from its project folder.
					for (String out : List.of("target/classes", "bin")) {
						if (new File(f, out).isDirectory()) {
							entries.add(new File(f, out).getPath());
						}
					}
				}
				entries.add(f.getPath());
			}
		}
		if (!missing.isEmpty()) {
			fail("bundles not found in the test runtime: " + missing);
		}
		entries.add(Path.of(URI.create(FrameworkUtil.class.getProtectionDomain().getCodeSource().getLocation()
				.toString())).toString());
		return String.join(File.pathSeparator, entries);
	}

	private static File location(Bundle b) throws IOException {
		String loc = b.getLocation();
		int file = loc.indexOf("file:");
		if (file < 0) {
			throw new IOException("cannot find the file of bundle " + b.getSymbolicName() + " at " + loc);
		}
		String path = loc.substring(file + 5);
		File f = new File(path);
		if (!f.isAbsolute()) {
			f = new File(System.getProperty("osgi.install.area", "").replaceFirst("^file:", ""), path);
		}
		if (!f.exists()) {
			throw new IOException("bundle " + b.getSymbolicName() + " at " + loc + ": no file " + f);
		}
		return f;
	}
}
