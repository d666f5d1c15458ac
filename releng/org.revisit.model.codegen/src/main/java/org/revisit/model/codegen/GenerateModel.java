package org.revisit.model.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the model code of a genmodel without OSGi or a workspace.
 * <p>
 * Usage: {@code GenerateModel --write|--check|--sync-genmodel <path/to/x.genmodel>}
 * <ul>
 * <li>{@code --write}: regenerate the model directory (e.g. {@code src-gen}) in place, replacing it whole.</li>
 * <li>{@code --check}: generate into a temporary folder and fail if anything differs from the committed files.</li>
 * <li>{@code --sync-genmodel}: create the genmodel from its {@code .ecore} (or reconcile an existing one after the
 * Ecore model changed), keeping the settings already in it.</li>
 * </ul>
 * Code is always generated into an empty temporary project, so the result depends only on the genmodel, never on
 * what was there before (no JMerge), and line ends are normalised to {@code \n}: running twice gives identical files.
 */
public final class GenerateModel {

	private static final String ECORE_PLUGIN_MODEL = "platform:/plugin/org.eclipse.emf.ecore/model/";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			throw new IllegalArgumentException("usage: GenerateModel --write|--check|--sync-genmodel <genmodel>");
		}
		Path genModelFile = Path.of(args[1]).toAbsolutePath().normalize();
		switch (args[0]) {
			case "--write" -> write(genModelFile);
			case "--check" -> check(genModelFile);
			case "--sync-genmodel" -> syncGenModel(genModelFile);
			default -> throw new IllegalArgumentException("unknown mode " + args[0]);
		}
	}

	private static void write(Path genModelFile) throws IOException {
		GenModel genModel = load(genModelFile);
		Path committed = modelDirectory(genModel, genModelFile);
		Path tmp = Files.createTempDirectory("revisit-codegen");
		try {
			Path generated = generate(genModel, genModelFile, tmp);
			deleteTree(committed);
			copyTree(generated, committed);
			System.out.println("Generated " + listFiles(committed).size() + " files into " + committed);
		} finally {
			deleteTree(tmp);
		}
	}

	private static void check(Path genModelFile) throws IOException {
		GenModel genModel = load(genModelFile);
		Path committed = modelDirectory(genModel, genModelFile);
		Path tmp = Files.createTempDirectory("revisit-codegen");
		try {
			Path generated = generate(genModel, genModelFile, tmp);
			List<String> problems = new ArrayList<>();
			TreeSet<String> all = new TreeSet<>(listFiles(generated));
			all.addAll(listFiles(committed));
			for (String file : all) {
				Path a = generated.resolve(file);
				Path b = committed.resolve(file);
				if (!Files.exists(b)) {
					problems.add("missing in " + committed + ": " + file);
				} else if (!Files.exists(a)) {
					problems.add("not generated from the genmodel (stale?): " + file);
				} else if (!normalised(Files.readString(b, StandardCharsets.UTF_8))
						.equals(Files.readString(a, StandardCharsets.UTF_8))) {
					problems.add("differs from a fresh generation: " + file);
				}
			}
			if (!problems.isEmpty()) {
				problems.forEach(p -> System.err.println("generate.check: " + p));
				throw new IllegalStateException(problems.size() + " generated file(s) are not reproducible from "
						+ genModelFile.getFileName()
						+ "; regenerate with: ./mvnw -f org.revisit.model.codegen/pom.xml verify -Dgenerate");
			}
			System.out.println("generate.check: " + all.size() + " files in " + committed
					+ " match a fresh generation");
		} finally {
			deleteTree(tmp);
		}
	}

	private static void syncGenModel(Path genModelFile) throws IOException {
		ResourceSet resourceSet = newResourceSet();
		String base = genModelFile.getFileName().toString().replaceFirst("\\.genmodel$", "");
		Path ecoreFile = genModelFile.resolveSibling(base + ".ecore");
		Resource ecore = resourceSet.getResource(URI.createFileURI(ecoreFile.toString()), true);
		EPackage ePackage = (EPackage) ecore.getContents().get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(Collections.singleton(ePackage));
		genModel.getForeignModel().add(ecoreFile.getFileName().toString());
		genModel.setImporterID("org.eclipse.emf.importer.ecore");
		genModel.setModelName("Revisit");
		genModel.setModelPluginID("org.revisit.model");
		genModel.setModelDirectory("/org.revisit.model/src-gen");
		genModel.setModelPluginClass("");
		genModel.setComplianceLevel(GenJDKLevel.get("21.0"));
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		genModel.setCopyrightFields(false);
		genModel.setCodeFormatting(false);
		genModel.setUpdateClasspath(false);
		genModel.setBundleManifest(false);
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		Resource ecoreGenModel = resourceSet.getResource(URI.createURI(ECORE_PLUGIN_MODEL + "Ecore.genmodel"), true);
		GenModel ecoreGen = (GenModel) ecoreGenModel.getContents().get(0);
		genModel.getUsedGenPackages().addAll(ecoreGen.getGenPackages());
		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setPrefix("Revisit");
		genPackage.setBasePackage("org.revisit");

		if (Files.exists(genModelFile)) {
			GenModel old = load(genModelFile);
			genModel.reconcile(old);
		}
		Resource out = resourceSet.createResource(URI.createFileURI(genModelFile.toString()));
		out.getContents().add(genModel);
		out.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));
		System.out.println("Wrote " + genModelFile);
	}

	private static ResourceSet newResourceSet() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		// What plugin.xml files do under OSGi: the generator adapters and platform:/plugin/org.eclipse.emf.ecore/.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().put(URI.createURI(ECORE_PLUGIN_MODEL), ecoreModelFolder());
		return resourceSet;
	}

	/** The model/ folder inside the org.eclipse.emf.ecore jar (or folder) on the class path. */
	private static URI ecoreModelFolder() {
		URL url = EcorePackage.class.getClassLoader().getResource("model/Ecore.genmodel");
		if (url == null) {
			throw new IllegalStateException("model/Ecore.genmodel not found on the class path");
		}
		return URI.createURI(url.toString()).trimSegments(1).appendSegment("");
	}

	private static GenModel load(Path genModelFile) {
		ResourceSet resourceSet = newResourceSet();
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		return genModel;
	}

	private static Path modelDirectory(GenModel genModel, Path genModelFile) {
		// "/org.revisit.model/src-gen": the project is the folder two levels above the genmodel (project/model/x.genmodel)
		String dir = genModel.getModelDirectory();
		String project = dir.substring(1, dir.indexOf('/', 1));
		Path projectDir = genModelFile.getParent().getParent();
		if (!projectDir.getFileName().toString().equals(project)) {
			throw new IllegalStateException("genmodel must be in " + project + "/model/, is in " + projectDir);
		}
		return projectDir.resolve(dir.substring(project.length() + 2));
	}

	/** Generates the model code into an empty project folder under {@code tmp} and returns its model directory. */
	private static Path generate(GenModel genModel, Path genModelFile, Path tmp) throws IOException {
		for (GenPackage genPackage : genModel.getGenPackages()) {
			failOnError("Ecore model", Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()));
		}
		genModel.reconcile();
		genModel.setCanGenerate(true);
		failOnError("genmodel", genModel.diagnose());

		String dir = genModel.getModelDirectory();
		String project = dir.substring(1, dir.indexOf('/', 1));
		Path projectDir = Files.createDirectories(tmp.resolve(project));
		EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(projectDir.toString() + "/"));

		Generator generator = new Generator();
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor.Printing(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
		failOnError("generator", result);

		Path generated = projectDir.resolve(dir.substring(project.length() + 2));
		for (String file : listFiles(generated)) {
			Path p = generated.resolve(file);
			String text = Files.readString(p, StandardCharsets.UTF_8);
			String norm = normalised(text);
			if (!norm.equals(text)) {
				Files.writeString(p, norm, StandardCharsets.UTF_8);
			}
		}
		return generated;
	}

	private static String normalised(String text) {
		return text.replace("\r\n", "\n");
	}

	private static void failOnError(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			StringBuilder sb = new StringBuilder(what).append(" has errors:");
			append(sb, diagnostic, "  ");
			throw new IllegalStateException(sb.toString());
		}
		if (diagnostic.getSeverity() == Diagnostic.WARNING) {
			StringBuilder sb = new StringBuilder(what).append(" has warnings:");
			append(sb, diagnostic, "  ");
			System.err.println(sb);
		}
	}

	private static void append(StringBuilder sb, Diagnostic d, String indent) {
		sb.append('\n').append(indent).append(d.getMessage());
		if (d.getException() != null) {
			sb.append(" (").append(d.getException()).append(')');
		}
		for (Diagnostic child : d.getChildren()) {
			append(sb, child, indent + "  ");
		}
	}

	private static List<String> listFiles(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
					.toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		for (String file : listFiles(from)) {
			Path target = to.resolve(file);
			Files.createDirectories(target.getParent());
			Files.copy(from.resolve(file), target);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> s = Files.walk(root)) {
			s.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}
}
