package org.revisit.ui.scripts;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A stored script to edit, by id (one editor per script), or a new script ({@code scriptId} null: each New Script
 * opens an editor of its own; its id follows from its title when it is first saved).
 */
public final class ScriptEditorInput implements IEditorInput {

	private final String scriptId;
	private final String name;

	public ScriptEditorInput(String scriptId, String name) {
		this.scriptId = scriptId;
		this.name = name == null || name.isBlank() ? (scriptId == null ? Messages.Editor_new : scriptId) : name;
	}

	/** A new script. */
	public static ScriptEditorInput fresh() {
		return new ScriptEditorInput(null, Messages.Editor_new);
	}

	/** The stored script's id, or {@code null} for a new one. */
	public String scriptId() {
		return scriptId;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return scriptId == null ? name : name + " (" + scriptId + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ScriptEditorInput other && scriptId != null && scriptId.equals(other.scriptId);
	}

	@Override
	public int hashCode() {
		return scriptId == null ? System.identityHashCode(this) : Objects.hash(scriptId);
	}
}
