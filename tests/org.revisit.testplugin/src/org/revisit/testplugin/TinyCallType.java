package org.revisit.testplugin;

import java.util.List;

import org.revisit.core.calltype.CallType;

/**
 * A call type that reads contacts and wants no call: enough to show that a plug-in installed with
 * {@code revisit cli plugins install} contributes to the product's call types.
 */
public final class TinyCallType implements CallType {

	@Override
	public List<Subject> subjects() {
		return List.of(Subject.CONTACTS);
	}
}
