package org.revisit.p2;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The plug-ins of this Revisit installation, installed and uninstalled through p2 (the same profile that
 * <i>Help &gt; Install New Software...</i> changes). The product's own features are its core: they are neither
 * listed nor uninstalled here. A change takes effect when Revisit starts again.
 */
public final class Plugins {

	/** An installed (or just installed) plug-in: a feature the user installed, as p2 knows it. */
	public record Plugin(String id, String version, String name, String provider) {
	}

	private static final String PROP_TYPE_PRODUCT = "org.eclipse.equinox.p2.type.product";
	private static final String FEATURE_GROUP = ".feature.group";
	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

	private final IProvisioningAgent agent;

	private Plugins(IProvisioningAgent agent) {
		this.agent = agent;
	}

	/** The plug-ins of the running installation; fails when it has no p2 (a development or test runtime). */
	public static Plugins ofThisInstallation() throws PluginException {
		BundleContext context = FrameworkUtil.getBundle(Plugins.class).getBundleContext();
		try {
			for (ServiceReference<IProvisioningAgent> ref : context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
				IProvisioningAgent current = context.getService(ref);
				if (current != null) {
					return new Plugins(current);
				}
			}
			ServiceReference<IProvisioningAgentProvider> ref = context
					.getServiceReference(IProvisioningAgentProvider.class);
			if (ref != null && context.getService(ref) != null) {
				return new Plugins(context.getService(ref).createAgent(null));
			}
		} catch (InvalidSyntaxException | ProvisionException e) {
			throw new PluginException("p2 cannot open this installation: " + oneLine(e.getMessage()));
		}
		throw new PluginException("p2 is not running in this installation: plug-ins cannot be managed here");
	}

	/**
	 * The repository a user names: a URL ({@code file:}, {@code https:}, {@code jar:file:...zip!/}), or a folder
	 * or a zipped repository on this computer.
	 */
	public static URI location(String text) throws PluginException {
		String t = text == null ? "" : text.strip();
		if (t.isEmpty()) {
			throw new PluginException("No repository given: name a p2 repository's URL or folder");
		}
		if (SCHEME.matcher(t).matches() && !t.matches("^[A-Za-z]:[\\\\/].*")) {
			try {
				URI uri = new URI(t);
				if (uri.isOpaque() && !"jar".equals(uri.getScheme())) {
					throw new URISyntaxException(t, "not a hierarchical URL");
				}
				String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
				boolean allowed = scheme.equals("https") || scheme.equals("file")
						|| scheme.equals("jar") && uri.getSchemeSpecificPart().toLowerCase(Locale.ROOT).startsWith("file:");
				if (!allowed) {
					// code fetched without TLS could be changed on the way, and the product would run it
					throw new PluginException("Plug-ins are installed from https:, file: or jar:file: repositories only, not "
							+ shown(scheme) + ":");
				}
				return uri;
			} catch (URISyntaxException e) {
				throw new PluginException("Not a repository URL: " + shown(t) + " (" + e.getReason() + ")");
			}
		}
		Path path = Path.of(t).toAbsolutePath().normalize();
		if (t.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		return path.toUri();
	}

	/** The plug-ins installed besides the product's own features, by id. */
	public List<Plugin> list() throws PluginException {
		IProfile profile = profile();
		Set<IInstallableUnit> core = core(profile);
		List<Plugin> result = new ArrayList<>();
		for (IInstallableUnit iu : roots(profile)) {
			if (!core.contains(iu)) {
				result.add(plugin(iu));
			}
		}
		result.sort(Comparator.comparing(Plugin::id));
		return result;
	}

	/**
	 * Installs the newest version of every feature of the repository at {@code repository} that this installation
	 * does not have yet, and returns them. The repository is remembered (for <i>Check for Updates</i>).
	 */
	public List<Plugin> install(URI repository, IProgressMonitor monitor) throws PluginException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		requireWritable();
		IProfile profile = profile();
		IMetadataRepository metadata;
		try {
			metadata = service(IMetadataRepositoryManager.class).loadRepository(repository, m);
			service(IArtifactRepositoryManager.class).loadRepository(repository, m);
		} catch (ProvisionException e) {
			throw new PluginException("No p2 repository at " + repository + ": " + oneLine(e.getMessage()));
		} catch (OperationCanceledException e) {
			throw new PluginException("Cancelled while reading " + repository);
		}
		Set<String> coreIds = new HashSet<>();
		core(profile).forEach(iu -> coreIds.add(iu.getId()));
		Set<IInstallableUnit> wanted = new LinkedHashSet<>();
		boolean any = false;
		for (IInstallableUnit iu : metadata
				.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), m).toUnmodifiableSet()) {
			if (isProduct(iu) || coreIds.contains(iu.getId())) {
				continue; // Revisit itself, as the product's update site also holds it
			}
			any = true;
			if (profile.query(QueryUtil.createIUQuery(iu.getId(), iu.getVersion()), m).isEmpty()) {
				wanted.add(iu);
			}
		}
		if (wanted.isEmpty()) {
			throw new PluginException(any ? "Nothing to install from " + repository + ": its plug-ins are installed"
					: "Nothing to install from " + repository + ": it holds no plug-in features");
		}
		InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), wanted);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repository);
		context.setArtifactRepositories(repository);
		run(operation, context, "Cannot install from " + repository, m);
		return wanted.stream().map(Plugins::plugin).sorted(Comparator.comparing(Plugin::id)).toList();
	}

	/** Uninstalls the plug-in {@code id} (as {@link #list} names it; a feature's id without ".feature.group" too). */
	public Plugin uninstall(String id, IProgressMonitor monitor) throws PluginException {
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		requireWritable();
		IProfile profile = profile();
		Set<IInstallableUnit> core = core(profile);
		IInstallableUnit found = null;
		for (IInstallableUnit iu : roots(profile)) {
			if (iu.getId().equals(id) || iu.getId().equals(id + FEATURE_GROUP)) {
				found = iu;
			}
		}
		if (found == null) {
			throw new PluginException("No plug-in " + id + " is installed; 'revisit cli plugins list' shows them");
		}
		if (core.contains(found)) {
			throw new PluginException(id + " is part of Revisit itself and cannot be uninstalled");
		}
		UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent), Set.of(found));
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(); // taking out needs no repository
		context.setArtifactRepositories();
		run(operation, context, "Cannot uninstall " + id, m);
		return plugin(found);
	}

	/**
	 * The product's own update site, where <i>Check for Updates</i> looks: the system property
	 * {@code revisit.updateSite} or the environment variable {@code REVISIT_UPDATE_SITE} (a URL or a folder), else the
	 * update site the build put beside a product built from source ({@code target/repository} of
	 * releng/org.revisit.product), if there is one.
	 */
	public static Optional<URI> updateSite() {
		String given = System.getProperty("revisit.updateSite", System.getenv("REVISIT_UPDATE_SITE"));
		if (given != null && !given.isBlank()) {
			try {
				return Optional.of(location(given));
			} catch (PluginException e) {
				return Optional.empty();
			}
		}
		Path install = area("osgi.install.area");
		if (install == null || install.getNameCount() < 6) {
			return Optional.empty();
		}
		// only a product the build materialized: target/products/org.revisit.product/OS/WS/ARCH -> target/repository;
		// any other installation would trust whatever folder happens to sit five levels up
		Path product = install.getParent().getParent().getParent();
		Path target = product.getParent().getParent();
		if (!product.getFileName().toString().equals("org.revisit.product")
				|| !product.getParent().getFileName().toString().equals("products")
				|| !target.getFileName().toString().equals("target")) {
			return Optional.empty();
		}
		Path built = target.resolve("repository");
		return Files.isRegularFile(built.resolve("content.jar")) || Files.isRegularFile(built.resolve("content.xml"))
				? Optional.of(built.toUri())
				: Optional.empty();
	}

	/** Makes p2 know the repository at {@code site} under {@code nickname} (enabled), e.g. the product's update site. */
	public void remember(URI site, String nickname) {
		for (IRepositoryManager<?> manager : List.<IRepositoryManager<?>>of(service(IMetadataRepositoryManager.class),
				service(IArtifactRepositoryManager.class))) {
			if (!manager.contains(site)) {
				manager.addRepository(site);
			}
			manager.setEnabled(site, true);
			manager.setRepositoryProperty(site, IRepository.PROP_NICKNAME, nickname);
		}
	}

	private void run(ProfileChangeOperation operation, ProvisioningContext context, String failure,
			IProgressMonitor monitor) throws PluginException {
		operation.setProfileId(IProfileRegistry.SELF);
		operation.setProvisioningContext(context);
		IStatus resolved = operation.resolveModal(monitor);
		if (resolved.getSeverity() == IStatus.ERROR || resolved.getSeverity() == IStatus.CANCEL) {
			throw new PluginException(failure + ": " + explain(resolved));
		}
		ProvisioningJob job = operation.getProvisioningJob(monitor);
		if (job == null) {
			throw new PluginException(failure + ": " + explain(resolved));
		}
		IStatus done = job.runModal(monitor);
		if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
			throw new PluginException(failure + ": " + explain(done));
		}
	}

	private IProfile profile() throws PluginException {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new PluginException(
					"This Revisit was not installed by p2 (it has no p2 profile): plug-ins cannot be managed here");
		}
		return profile;
	}

	private static Set<IInstallableUnit> roots(IProfile profile) {
		return profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet();
	}

	/** The product and the features it is made of. */
	private static Set<IInstallableUnit> core(IProfile profile) {
		Set<IInstallableUnit> roots = roots(profile);
		Set<IInstallableUnit> core = new HashSet<>();
		for (IInstallableUnit product : roots) {
			if (isProduct(product)) {
				core.add(product);
				for (IRequirement r : product.getRequirements()) {
					roots.stream().filter(r::isMatch).forEach(core::add);
				}
			}
		}
		return core;
	}

	private static boolean isProduct(IInstallableUnit iu) {
		return Boolean.parseBoolean(iu.getProperty(PROP_TYPE_PRODUCT));
	}

	private static Plugin plugin(IInstallableUnit iu) {
		String id = iu.getId().endsWith(FEATURE_GROUP)
				? iu.getId().substring(0, iu.getId().length() - FEATURE_GROUP.length())
				: iu.getId();
		String name = iu.getProperty(IInstallableUnit.PROP_NAME, null);
		String provider = iu.getProperty(IInstallableUnit.PROP_PROVIDER, null);
		return new Plugin(id, iu.getVersion().toString(), name == null ? id : name, provider == null ? "" : provider);
	}

	/** Refuses to change an installation this user cannot write (before p2 half-writes it). */
	private static void requireWritable() throws PluginException {
		Optional<Path> install = readOnlyInstallation();
		if (install.isPresent()) {
			throw new PluginException("The Revisit installation in " + install.get()
					+ " is read-only for this user: only its owner can install or uninstall plug-ins", true);
		}
	}

	/**
	 * The running installation's folder if this user cannot install or uninstall plug-ins in it (a part of it they
	 * cannot write); empty when they can. The workbench asks it before p2's wizards open.
	 */
	public static Optional<Path> readOnlyInstallation() {
		Path install = area("osgi.install.area");
		if (install == null) {
			return Optional.empty();
		}
		List<Path> parts = new ArrayList<>(List.of(install, install.resolve("plugins"), install.resolve("features"),
				install.resolve("p2")));
		Path configuration = area("osgi.configuration.area");
		if (configuration != null) {
			parts.add(configuration);
		}
		for (Path p : parts) {
			if (Files.exists(p) && !Files.isWritable(p)) {
				return Optional.of(install);
			}
		}
		return Optional.empty();
	}

	private static Path area(String property) {
		String value = System.getProperty(property);
		if (value == null) {
			return null;
		}
		try {
			return Path.of(new URL(value.replace(" ", "%20")).toURI());
		} catch (Exception e) {
			return null;
		}
	}

	private <T> T service(Class<T> type) {
		return type.cast(agent.getService(type.getName()));
	}

	/** The errors of a p2 status as one line (the innermost ones say what is missing). */
	static String explain(IStatus status) {
		Set<String> messages = new LinkedHashSet<>();
		collect(status, messages);
		if (messages.isEmpty()) {
			messages.add(oneLine(status.getMessage()));
		}
		return String.join("; ", messages.stream().limit(3).toList());
	}

	private static void collect(IStatus status, Set<String> messages) {
		if (status.isMultiStatus() && status.getChildren().length > 0) {
			for (IStatus child : status.getChildren()) {
				collect(child, messages);
			}
		} else if (status.getSeverity() == IStatus.ERROR && status.getMessage() != null) {
			messages.add(oneLine(status.getMessage()));
		}
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

	/** Text a user gave, for a one-line message: control characters shown as escapes, at most 200 characters. */
	static String shown(String text) {
		StringBuilder b = new StringBuilder();
		text.codePoints().limit(200).forEach(c -> {
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				b.append(String.format(Locale.ROOT, "\\u%04x", c));
			} else {
				b.appendCodePoint(c);
			}
		});
		return text.codePointCount(0, text.length()) > 200 ? b + "..." : b.toString();
	}
}
