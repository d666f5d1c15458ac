package org.revisit.core.plan;

/** One gate's verdict for one call, with what the explainer shows. */
public record Check(Gate gate, boolean passed, String detail) {

	static Check pass(Gate gate, String detail) {
		return new Check(gate, true, detail);
	}

	static Check fail(Gate gate, String detail) {
		return new Check(gate, false, detail);
	}
}
