package org.revisit.core.calltype;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * The call types of an installed product, read without the OSGi framework (the command line's quick start): the
 * bundles the product starts are those its {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info}
 * lists (p2 writes it when it installs or uninstalls a plug-in), and of those only the ones whose
 * {@code plugin.xml} contributes to {@value CallTypeRegistry#EXTENSION_POINT} (and {@code org.revisit.core}, which
 * declares it) go into a registry of their own, with the {@code %key} names translated from the bundle's (or its
 * fragments') {@code plugin.properties} in the default locale, as Equinox does. The default scripts are then found in
 * the same bundles ({@link #find}). No class of a plug-in is loaded: a call type's {@link CallTypeDescriptor#callType()}
 * cannot be created this way, so commands that plan keep the framework.
 */
public final class InstalledBundles {

	/** Where the bundle list of a product is, inside its installation folder. */
	public static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"; //$NON-NLS-1$

	/** One bundle that matters here: a contributor of call types, {@code org.revisit.core}, or a fragment. */
	private record Bundle(String name, Path location, String localization, String host, byte[] pluginXml) {
	}

	/** The product's bundles read here, by symbolic name, and the fragments by host. */
	private final Map<String, Bundle> bundles = new LinkedHashMap<>();
	private final Map<String, List<Bundle>> fragments = new LinkedHashMap<>();
	private final IExtensionRegistry registry;

	/** The product's bundles that {@link #install} made the default, or {@code null}. */
	private static volatile InstalledBundles installed;

	private InstalledBundles(List<Bundle> read, Locale locale) throws IOException {
		for (Bundle b : read) {
			if (b.host() != null) {
				fragments.computeIfAbsent(b.host(), h -> new ArrayList<>()).add(b);
			} else if (b.pluginXml() != null) {
				bundles.putIfAbsent(b.name(), b);
			}
		}
		Object master = new Object();
		registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), master, null);
		for (Bundle b : bundles.values()) {
			registry.addContribution(new ByteArrayInputStream(b.pluginXml()),
					ContributorFactorySimple.createContributor(b.name()), false, b.name(), translations(b, locale),
					master);
		}
	}

	/**
	 * Reads the bundles of the product installed in {@code home}, with names in {@code locale}, opening every bundle
	 * it lists.
	 *
	 * @throws IOException naming the file if the bundle list cannot be read
	 */
	public static InstalledBundles read(Path home, Locale locale) throws IOException {
		return read(home, locale, null);
	}

	/**
	 * Reads the bundles of the product installed in {@code home}, with names in {@code locale}; {@code cache} (or
	 * {@code null}) keeps which of the listed bundles matter, so that the next reading opens only those while the
	 * bundle list and their files are unchanged (opening the 130-odd jars of the product costs more than the rest of
	 * a quick command).
	 *
	 * @throws IOException naming the file if the bundle list cannot be read
	 */
	public static InstalledBundles read(Path home, Locale locale, Path cache) throws IOException {
		Path info = home.resolve(BUNDLES_INFO);
		if (!Files.isRegularFile(info)) {
			throw new IOException("no list of installed bundles: " + info + " is missing"); //$NON-NLS-1$
		}
		byte[] list = Files.readAllBytes(info);
		List<Path> locations = new ArrayList<>();
		int line = 0;
		for (String text : new String(list, StandardCharsets.UTF_8).split("\\R")) { //$NON-NLS-1$
			line++;
			if (text.isBlank() || text.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			// symbolic name, version, location, start level, started
			String[] fields = text.split(","); //$NON-NLS-1$
			if (fields.length < 3) {
				throw new IOException(info + " line " + line + ": not name,version,location,..."); //$NON-NLS-1$ //$NON-NLS-2$
			}
			locations.add(location(home, fields[2].strip()));
		}
		String key = "revisit-bundles 1 " + home.toAbsolutePath() + " " + digest(list); //$NON-NLS-1$ //$NON-NLS-2$
		List<Path> relevant = cache == null ? null : cached(cache, key);
		List<Bundle> read = new ArrayList<>();
		for (Path location : relevant != null ? relevant : locations) {
			Bundle b = bundle(location);
			if (b != null) {
				read.add(b);
			}
		}
		// fragments matter only for the bundles read here (their translations, their scripts)
		java.util.Set<String> hosts = new java.util.HashSet<>();
		read.stream().filter(b -> b.host() == null).forEach(b -> hosts.add(b.name()));
		read.removeIf(b -> b.host() != null && !hosts.contains(b.host()));
		if (cache != null && relevant == null) {
			remember(cache, key, read);
		}
		return new InstalledBundles(read, locale);
	}

	private static String digest(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The bundles that mattered when the cache was written under {@code key} (the same installation and bundle list),
	 * or {@code null} if the cache is missing, of another list, or one of its bundles changed since.
	 */
	private static List<Path> cached(Path cache, String key) {
		try {
			List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
			if (lines.isEmpty() || !lines.get(0).equals(key)) {
				return null;
			}
			List<Path> relevant = new ArrayList<>();
			for (String l : lines.subList(1, lines.size())) {
				int tab = l.indexOf('\t');
				Path location = Path.of(l.substring(tab + 1));
				if (tab < 0 || Files.getLastModifiedTime(location).toMillis() != Long.parseLong(l.substring(0, tab))) {
					return null;
				}
				relevant.add(location);
			}
			return relevant;
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Writes the cache (whole or not at all); a cache that cannot be written is only a slower next start. */
	private static void remember(Path cache, String key, List<Bundle> read) {
		try {
			StringBuilder sb = new StringBuilder(key).append('\n');
			for (Bundle b : read) {
				sb.append(Files.getLastModifiedTime(b.location()).toMillis()).append('\t').append(b.location()).append('\n');
			}
			Files.createDirectories(cache.toAbsolutePath().getParent());
			Path temporary = Files.createTempFile(cache.toAbsolutePath().getParent(), "bundles", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				Files.writeString(temporary, sb, StandardCharsets.UTF_8);
				Files.move(temporary, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
						java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException | RuntimeException e) {
			// no cache
		}
	}

	/** A bundles.info location: relative to the installation folder, or a file: URI. */
	private static Path location(Path home, String location) throws IOException {
		if (location.startsWith("file:")) { //$NON-NLS-1$
			try {
				return Path.of(URI.create(location.replace(" ", "%20"))); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IllegalArgumentException e) {
				return Path.of(location.substring("file:".length())); //$NON-NLS-1$
			}
		}
		return home.resolve(location);
	}

	/**
	 * The bundle at {@code location} if it matters here (it contributes call types, declares their extension point, or
	 * is a fragment), else {@code null}; a bundle that is missing or cannot be read is left out, as the framework
	 * would not start it either. A jar is opened once (its directory is most of the cost).
	 */
	private static Bundle bundle(Path location) {
		if (Files.isDirectory(location)) {
			try {
				return bundle(location, path -> {
					Path file = location.resolve(path);
					return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
				});
			} catch (IOException e) {
				return null;
			}
		}
		if (!Files.isRegularFile(location)) {
			return null;
		}
		try (ZipFile zip = new ZipFile(location.toFile())) {
			return bundle(location, path -> {
				ZipEntry e = zip.getEntry(path);
				if (e == null) {
					return null;
				}
				try (InputStream in = zip.getInputStream(e)) {
					return in.readAllBytes();
				}
			});
		} catch (IOException e) {
			return null;
		}
	}

	/** The files of one bundle. */
	@FunctionalInterface
	private interface Entries {
		byte[] get(String path) throws IOException;
	}

	private static Bundle bundle(Path location, Entries entries) throws IOException {
		byte[] manifest = entries.get("META-INF/MANIFEST.MF"); //$NON-NLS-1$
		if (manifest == null) {
			return null;
		}
		java.util.jar.Attributes main = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes();
		String name = header(main.getValue("Bundle-SymbolicName")); //$NON-NLS-1$
		if (name == null) {
			return null;
		}
		String localization = main.getValue("Bundle-Localization"); //$NON-NLS-1$
		localization = localization == null ? "OSGI-INF/l10n/bundle" : localization.strip(); //$NON-NLS-1$
		String host = header(main.getValue("Fragment-Host")); //$NON-NLS-1$
		if (host != null) {
			return new Bundle(name, location, localization, host, null);
		}
		byte[] xml = entries.get("plugin.xml"); //$NON-NLS-1$
		if (xml == null) {
			return null;
		}
		String text = new String(xml, StandardCharsets.UTF_8);
		boolean contributes = text.contains(CallTypeRegistry.EXTENSION_POINT);
		boolean declares = name.equals("org.revisit.core"); //$NON-NLS-1$
		return contributes || declares ? new Bundle(name, location, localization, null, xml) : null;
	}

	/** The value of a manifest header without its attributes and directives ({@code x;singleton:=true} gives x). */
	private static String header(String value) {
		if (value == null) {
			return null;
		}
		int semicolon = value.indexOf(';');
		String v = (semicolon < 0 ? value : value.substring(0, semicolon)).strip();
		return v.isEmpty() ? null : v;
	}

	/** The bytes of {@code path} inside a bundle (a jar or a folder), or {@code null}. */
	private static byte[] entry(Path location, String path) throws IOException {
		if (Files.isDirectory(location)) {
			Path file = location.resolve(path);
			return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
		}
		if (!Files.isRegularFile(location)) {
			return null;
		}
		try (ZipFile zip = new ZipFile(location.toFile())) {
			ZipEntry e = zip.getEntry(path);
			if (e == null) {
				return null;
			}
			try (InputStream in = zip.getInputStream(e)) {
				return in.readAllBytes();
			}
		}
	}

	/**
	 * The translations of a bundle's {@code %key}s in {@code locale}: its own properties and its fragments', the most
	 * specific locale first (plugin_zh_CN, plugin_zh, plugin), as the framework looks them up.
	 */
	private ResourceBundle translations(Bundle b, Locale locale) throws IOException {
		List<Bundle> sources = new ArrayList<>();
		sources.add(b);
		sources.addAll(fragments.getOrDefault(b.name(), List.of()));
		List<String> suffixes = new ArrayList<>();
		if (!locale.getCountry().isEmpty()) {
			suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!locale.getLanguage().isEmpty()) {
			suffixes.add("_" + locale.getLanguage()); //$NON-NLS-1$
		}
		suffixes.add(""); //$NON-NLS-1$
		Translations first = null;
		Translations last = null;
		for (String suffix : suffixes) {
			for (Bundle source : sources) {
				byte[] properties = entry(source.location(), b.localization() + suffix + ".properties"); //$NON-NLS-1$
				if (properties == null) {
					continue;
				}
				Translations t = new Translations(new ByteArrayInputStream(properties));
				if (last == null) {
					first = t;
				} else {
					last.parent(t);
				}
				last = t;
			}
		}
		return first;
	}

	/** One properties file of a bundle, falling back to the next one. */
	private static final class Translations extends PropertyResourceBundle {
		Translations(InputStream in) throws IOException {
			super(in);
		}

		void parent(ResourceBundle next) {
			setParent(next);
		}
	}

	/** The registry of the call type contributions (and their extension point). */
	public IExtensionRegistry registry() {
		return registry;
	}

	/** The symbolic names of the bundles read (contributors of call types and {@code org.revisit.core}). */
	public List<String> bundles() {
		return List.copyOf(bundles.keySet());
	}

	/**
	 * The file {@code path} of the bundle {@code name}, or else of one of its fragments (translated scripts may be
	 * there), as {@code FileLocator.find} does; {@code null} if there is none.
	 */
	public URL find(String name, String path) {
		Bundle b = bundles.get(name);
		if (b == null) {
			return null;
		}
		List<Bundle> sources = new ArrayList<>();
		sources.add(b);
		sources.addAll(fragments.getOrDefault(name, List.of()));
		String relative = path.startsWith("/") ? path.substring(1) : path; //$NON-NLS-1$
		for (Bundle source : sources) {
			try {
				if (Files.isDirectory(source.location())) {
					Path file = source.location().resolve(relative).normalize();
					if (file.startsWith(source.location()) && Files.isRegularFile(file)) {
						return file.toUri().toURL();
					}
				} else if (entry(source.location(), relative) != null) {
					return new URL("jar:" + source.location().toUri() + "!/" + relative); //$NON-NLS-1$ //$NON-NLS-2$
				}
			} catch (IOException e) {
				// unreadable: as missing
			}
		}
		return null;
	}

	/**
	 * Makes these the platform's call types for the rest of this process (outside the framework only, where there is
	 * no extension registry): {@link CallTypeRegistry#read()} then reads {@link #registry()}, and the default scripts
	 * are found with {@link #find}.
	 *
	 * @throws IllegalStateException if the process already has an extension registry
	 */
	public void install() {
		if (RegistryFactory.getRegistry() != null) {
			throw new IllegalStateException("an extension registry is already running"); //$NON-NLS-1$
		}
		try {
			RegistryFactory.setDefaultRegistryProvider(() -> registry);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		installed = this;
	}

	/** The bundles {@link #install} made the default, or {@code null} (in the framework). */
	public static InstalledBundles installed() {
		return installed;
	}
}
