package org.revisit.core.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The library Revisit ships (version 0), in Chinese and English: replies for the seven kinds of complaint and the
 * common objections on care and return-visit calls. It is what every reader gets until a team stores a library
 * of its own (an import, an edit); it is read from the documents {@code builtin-zh.txt} and {@code builtin-en.txt}
 * beside this class, in the layout of {@link AnswerDocumentReader}.
 */
public final class BuiltinAnswers {

	private static AnswerLibrary library;

	private BuiltinAnswers() {
	}

	/** The built-in library: the Chinese categories, then the English ones. */
	public static synchronized AnswerLibrary library() {
		if (library == null) {
			List<AnswerCategory> all = new ArrayList<>(read("builtin-zh.txt").categories());
			all.addAll(read("builtin-en.txt").categories());
			library = new AnswerLibrary(0, all);
		}
		return library;
	}

	/** One built-in document, read; it must read without a reported line. */
	static ImportResult read(String name) {
		try (InputStream in = BuiltinAnswers.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("The built-in answer library " + name + " is missing");
			}
			ImportResult result = AnswerDocumentReader.read(in.readAllBytes());
			if (!result.problems().isEmpty()) {
				throw new IllegalStateException(name + ": " + result.problems().get(0));
			}
			return result;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
