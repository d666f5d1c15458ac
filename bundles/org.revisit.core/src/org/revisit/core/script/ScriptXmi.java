package org.revisit.core.script;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.revisit.model.RevisitPackage;
import org.revisit.model.Script;

/** A script as an XMI document (the body column of the script table). */
public final class ScriptXmi {

	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

	private ScriptXmi() {
	}

	public static String write(Script script) {
		Resource resource = new XMIResourceImpl(URI.createURI("script.xmi"));
		resource.getContents().add(EcoreUtil.copy(script));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	public static Script read(String xmi) {
		RevisitPackage.eINSTANCE.eClass(); // registers the package so its nsURI resolves
		Resource resource = new XMIResourceImpl(URI.createURI("script.xmi"));
		try {
			resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Script script)) {
			throw new IllegalArgumentException("not a script document");
		}
		resource.getContents().clear();
		return script;
	}
}
