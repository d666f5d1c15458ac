package org.revisit.ui.campaigns;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A stored campaign to edit, by id (one editor per campaign). */
public final class CampaignEditorInput implements IEditorInput {

	private final long id;
	private final String name;

	public CampaignEditorInput(long id, String name) {
		this.id = id;
		this.name = name;
	}

	public long id() {
		return id;
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
		return name + " (#" + id + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CampaignEditorInput other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}
}
